import type { Logger } from '../../core/ipc/ports.js';
import { planUpdates, type UpdatePlan } from './policy.js';

/** The slice of electron-updater's AppUpdater used here (the real `autoUpdater` satisfies it; tests pass a fake). */
export interface UpdaterLike {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  logger: { info(message?: unknown): void; warn(message?: unknown): void; error(message?: unknown): void } | null;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdates(): Promise<{ isUpdateAvailable: boolean; updateInfo: { version: string } } | null>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
  on(event: 'update-downloaded', listener: (info: { version: string }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export interface UpdaterOptions {
  /** Called only when updates are enabled, so an unpackaged run never touches electron-updater. */
  updater: () => UpdaterLike;
  isPackaged: boolean;
  env: Record<string, string | undefined>;
  logger: Logger;
  /** Asks the user; true means restart now. "Later" installs on the next quit instead. */
  confirmRestart(version: string): Promise<boolean>;
  /** Feedback for a check the user asked for from the menu. */
  inform(message: string): void;
}

export interface UpdateController {
  readonly plan: UpdatePlan;
  /** Never throws: failures are logged (and reported when the user asked). */
  check(options?: { interactive?: boolean }): Promise<void>;
}

const short = (value: unknown): string => String(value instanceof Error ? value.message : value).slice(0, 300);

/**
 * electron-updater wired the quiet way: check on start, download in the background, ask once per version
 * to restart. The feed is electron-builder's publish config unless RAPPORT_UPDATE_URL overrides it.
 */
export function setupUpdater(options: UpdaterOptions): UpdateController {
  const plan = planUpdates({ isPackaged: options.isPackaged, env: options.env });
  const { logger } = options;
  if (!plan.enabled) {
    logger.info('updates off', { reason: plan.reason });
    return {
      plan,
      async check({ interactive = false } = {}) {
        if (interactive) options.inform(`Updates are not available in this build (${plan.reason}).`);
      },
    };
  }

  const updater = options.updater();
  updater.autoDownload = true;
  updater.autoInstallOnAppQuit = true;
  updater.logger = {
    info: (message) => logger.info('updater', { message: short(message) }),
    warn: (message) => logger.info('updater warning', { message: short(message) }),
    error: (message) => logger.error('updater error', { message: short(message) }),
  };
  if (plan.feedUrl) updater.setFeedURL({ provider: 'generic', url: plan.feedUrl });

  // An update failing (offline, feed down) is routine for a local-first app: log it, never crash.
  updater.on('error', (error) => logger.error('update failed', { message: short(error) }));

  const asked = new Set<string>();
  updater.on('update-downloaded', (info) => {
    if (asked.has(info.version)) return;
    asked.add(info.version);
    logger.info('update downloaded', { version: info.version });
    options.confirmRestart(info.version).then(
      (restart) => {
        if (restart) updater.quitAndInstall();
      },
      (error: unknown) => logger.error('update prompt failed', { message: short(error) }),
    );
  });

  return {
    plan,
    async check({ interactive = false } = {}) {
      try {
        const result = await updater.checkForUpdates();
        if (interactive) {
          options.inform(
            result?.isUpdateAvailable
              ? `Version ${result.updateInfo.version} is downloading; Rapport will ask to restart when it is ready.`
              : 'Rapport is up to date.',
          );
        }
      } catch (error) {
        logger.error('update check failed', { message: short(error) });
        if (interactive) options.inform('Could not check for updates. Check the connection and try again later.');
      }
    },
  };
}
