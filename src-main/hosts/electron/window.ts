import { BrowserWindow } from 'electron';
import type { Logger } from '../../core/ipc/ports.js';
import type { RendererRegistry } from './ipc.js';
import { APP_ENTRY_URL } from './policy.js';

export interface MainWindowOptions {
  preloadPath: string;
  isDev: boolean;
  /** Linux shows this in the task switcher; macOS and Windows take the icon from the bundle. */
  iconPath?: string | undefined;
  registry: RendererRegistry;
  logger: Logger;
}

/**
 * The one window. Every web preference that could hand the page Node or a foreign origin is set explicitly,
 * even where it is already Electron's default, so a future default change cannot loosen it.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Rapport',
    backgroundColor: '#f6f7fb',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: options.isDev,
    },
  });

  const contents = window.webContents;
  // Capture the id now: reading it from a destroyed WebContents throws.
  const id = contents.id;
  options.registry.add(contents);
  contents.once('destroyed', () => options.registry.delete(id));

  // Shown once painted, so the user never sees an empty white frame.
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    options.logger.error('window failed to load', { kind: error instanceof Error ? error.name : typeof error });
  });
  return window;
}

export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
}
