// The desktop shell: app lifecycle and wiring only. Decisions live in policy.ts and friends (tested in Node);
// the back end is the same core the CLI and browser host run.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session, shell, type MessageBoxOptions } from 'electron';
import { autoUpdater } from 'electron-updater';
import { CodedError } from '../../../src-shared/ipc/result.js';
import { isAllowedExternalUrl } from '../../../src-shared/security.js';
import { createCore, type Core } from '../../core/core.js';
import { createFileLogger } from '../../core/logger.js';
import { defaultDataDir } from '../../core/paths.js';
import { hardenSession, hardenWebContents } from './guards.js';
import { forwardEvents, registerIpc, RendererRegistry, sendEvent } from './ipc.js';
import { createSafeStorageKeyWrapper } from './keystore.js';
import { buildMenuTemplate } from './menu.js';
import { electronNativeBinding } from './native.js';
import { notifyForEvent } from './notifications.js';
import { shouldAutoUnlock } from './policy.js';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './protocol.js';
import { setupUpdater, type UpdateController } from './updater.js';
import { createMainWindow, focusWindow } from './window.js';

const APP_USER_MODEL_ID = 'app.rapport.desktop';

// --- Before ready: these only take effect if set before the app is ready. ---
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();
// The vault lives in the data dir (= userData); Chromium's caches, cookies and GPU files get a folder of
// their own so they never mix with (or get backed up as) vault files.
app.setPath('sessionData', path.join(app.getPath('userData'), 'electron-session'));

const dataDir = defaultDataDir();
const logger = createFileLogger(dataDir);
const isDev = !app.isPackaged;
const appPath = app.getAppPath();
const registry = new RendererRegistry();

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;
let updates: UpdateController | null = null;
const disposers: Array<() => void> = [];

function openExternal(url: string): void {
  // The guards already filtered; re-checked here because this is the one door to the OS.
  if (!isAllowedExternalUrl(url)) return;
  shell.openExternal(url).catch(() => logger.error('open external failed', { protocol: new URL(url).protocol }));
}

function openWindow(): BrowserWindow {
  const window = createMainWindow({
    preloadPath: path.join(appPath, 'dist', 'main', 'preload.cjs'),
    isDev,
    iconPath: process.platform === 'linux' ? path.join(appPath, 'assets', 'icon.png') : undefined,
    registry,
    logger,
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  return window;
}

async function messageBox(options: MessageBoxOptions): Promise<number> {
  const parent = mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  return response;
}

/** A keychain vault opens without asking; a passphrase vault (or a failed unwrap) leaves the renderer's unlock screen. */
async function autoUnlock(target: Core): Promise<void> {
  try {
    const status = await target.vault.status();
    if (!shouldAutoUnlock(status)) return;
    await target.vault.unlock({});
    logger.info('vault unlocked from the OS keychain');
  } catch (error) {
    logger.error('auto-unlock failed', {
      code: error instanceof CodedError ? error.code : 'internal',
      kind: error instanceof Error ? error.name : typeof error,
    });
  }
}

function showLogs(): void {
  const dir = path.join(dataDir, 'logs');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  void shell.openPath(dir);
}

async function ready(): Promise<void> {
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  hardenSession(session.defaultSession);
  registerAppProtocol(protocol, { rendererDir: path.join(appPath, 'dist', 'renderer') });

  const nativeBinding = electronNativeBinding({ isPackaged: app.isPackaged, appPath, resourcesPath: process.resourcesPath });
  logger.info('desktop start', {
    version: app.getVersion(),
    electron: process.versions.electron ?? '',
    packaged: app.isPackaged,
    nativeBinding: nativeBinding ? 'electron-abi' : 'default',
  });

  // safeStorage answers correctly only after ready (Linux picks its backend then), hence created here.
  // Worker scripts cannot run from inside app.asar; electron-builder unpacks this one (asarUnpack).
  const workerScript = path.join(appPath, 'dist', 'main', 'vault-worker.mjs').replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
  const started = createCore({ dataDir, host: 'electron', keyWrapper: createSafeStorageKeyWrapper(safeStorage), nativeBinding, logger, workerScript });
  core = started;
  disposers.push(registerIpc({ ipcMain, dispatch: started.dispatch, registry, logger }));
  disposers.push(forwardEvents(started.subscribe, registry));
  disposers.push(
    started.subscribe((name, payload) =>
      notifyForEvent(name, payload, (content) => {
        focusWindow(mainWindow);
        // The reminder itself, not just the window: the renderer navigates on app:open-route.
        if (content.route) sendEvent(registry, 'app:open-route', { route: content.route });
      }),
    ),
  );

  await autoUnlock(started);

  updates = setupUpdater({
    updater: () => autoUpdater,
    isPackaged: app.isPackaged,
    env: process.env,
    logger,
    confirmRestart: async (version) =>
      (await messageBox({
        type: 'info',
        buttons: ['Restart Now', 'Later'],
        defaultId: 0,
        cancelId: 1,
        title: 'Update ready',
        message: `Rapport ${version} is ready to install`,
        detail: 'Restart now to finish updating. If you choose Later, it installs the next time you quit Rapport.',
      })) === 0,
    inform: (message) => {
      messageBox({ type: 'info', buttons: ['OK'], title: 'Software update', message }).catch(() => undefined);
    },
  });

  app.setAboutPanelOptions({ applicationName: 'Rapport', applicationVersion: app.getVersion() });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        platform: process.platform,
        isDev,
        appName: 'Rapport',
        onCheckForUpdates: () => void updates?.check({ interactive: true }),
        onShowLogs: showLogs,
      }),
    ),
  );

  mainWindow = openWindow();
  void updates.check();
}

function fail(error: unknown): void {
  logger.error('desktop start failed', { kind: error instanceof Error ? error.name : typeof error });
  dialog.showErrorBox('Rapport could not start', error instanceof Error ? error.message : String(error));
  app.exit(1);
}

// Two instances would open the same encrypted database: the second one hands over to the first and leaves.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    // On macOS the app can be running with no window; a second launch should bring one back.
    if (core && (!mainWindow || mainWindow.isDestroyed())) mainWindow = openWindow();
    else focusWindow(mainWindow);
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal, logger));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) mainWindow = openWindow();
  });
  app.on('will-quit', () => {
    for (const dispose of disposers.splice(0)) dispose();
    // Vault.close is synchronous (the async wrapper has no await before it), so the database is closed
    // before the process exits.
    void core?.close();
    core = null;
  });
  app.whenReady().then(ready).catch(fail);
}
