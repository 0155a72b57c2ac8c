// Runs the real main.ts against a stand-in `electron` module: proves the wiring (protocol, window options,
// guards, IPC sender check, event forwarding, keychain auto-unlock) with the real core and a real vault.
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ELECTRON_EVENT_CHANNEL, ELECTRON_INVOKE_CHANNEL } from '../../../../src-shared/ipc/bridge.js';
import type { Result } from '../../../../src-shared/ipc/result.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

type Handler = (...args: unknown[]) => unknown;

class FakeContents extends EventEmitter {
  sent: unknown[][] = [];
  openHandler: Handler | null = null;
  constructor(readonly id: number) {
    super();
  }
  isDestroyed = () => false;
  getURL = () => 'app://rapport/index.html';
  send = (...args: unknown[]) => void this.sent.push(args);
  setWindowOpenHandler = (handler: Handler) => void (this.openHandler = handler);
}

function fakeElectron(dataDir: string, linuxBackend: string) {
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    getPath: (name: string) => (name === 'userData' ? dataDir : path.join(dataDir, name)),
    setPath: vi.fn(),
    getAppPath: () => repoRoot,
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    setAppUserModelId: vi.fn(),
    getVersion: () => '0.1.0',
    setAboutPanelOptions: vi.fn(),
    quit: vi.fn(),
    exit: vi.fn(),
  });
  const handlers = new Map<string, Handler>();
  const windows: FakeWindow[] = [];
  let nextId = 1;
  class FakeWindow extends EventEmitter {
    static getAllWindows = () => windows;
    webContents: FakeContents;
    loadURL = vi.fn(async () => undefined);
    show = vi.fn();
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      super();
      this.webContents = new FakeContents(nextId++);
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    isDestroyed = () => false;
  }
  const mask = (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x33));
  const electron = {
    app,
    BrowserWindow: FakeWindow,
    ipcMain: { handle: (channel: string, fn: Handler) => void handlers.set(channel, fn), removeHandler: (channel: string) => void handlers.delete(channel) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => linuxBackend,
      encryptString: (text: string) => mask(Buffer.from(text)),
      decryptString: (blob: Buffer) => mask(blob).toString(),
    },
    session: {
      defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() },
    },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
    dialog: { showMessageBox: vi.fn(async () => ({ response: 1 })), showErrorBox: vi.fn() },
    shell: { openExternal: vi.fn(async () => undefined), openPath: vi.fn(async () => '') },
    Notification: { isSupported: () => false },
  };
  return { electron, handlers, windows };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
}

/** Starts main.ts afresh (module state and all) and waits until its window exists. */
async function startMain(dataDir: string, linuxBackend = 'gnome_libsecret') {
  const fake = fakeElectron(dataDir, linuxBackend);
  vi.resetModules();
  vi.doMock('electron', () => fake.electron);
  vi.doMock('electron-updater', () => ({ autoUpdater: {} }));
  process.env.RAPPORT_DATA_DIR = dataDir;
  await import('../main.js');
  await until(() => fake.windows.length === 1, 'the main window');
  const contents = fake.windows[0]!.webContents;
  const trusted = { sender: { id: contents.id }, senderFrame: { url: 'app://rapport/index.html', origin: 'app://rapport', parent: null } };
  const invoke = (channel: string, payload: unknown = {}, event: unknown = trusted) =>
    fake.handlers.get(ELECTRON_INVOKE_CHANNEL)!(event, channel, payload) as Promise<Result<Record<string, unknown>>>;
  const quit = () => fake.electron.app.emit('will-quit');
  return { ...fake, contents, invoke, quit };
}

const savedDataDir = process.env.RAPPORT_DATA_DIR;
let base: string;
beforeAll(() => {
  base = mkdtempSync(path.join(os.tmpdir(), 'rapport-electron-main-'));
});
afterEach(() => {
  vi.doUnmock('electron');
  vi.doUnmock('electron-updater');
});
afterAll(() => {
  if (savedDataDir === undefined) delete process.env.RAPPORT_DATA_DIR;
  else process.env.RAPPORT_DATA_DIR = savedDataDir;
  rmSync(base, { recursive: true, force: true });
});

describe('electron main (stand-in electron)', () => {
  it('sets up a locked-down window over app:// and keeps Chromium data apart', async () => {
    const dataDir = path.join(base, 'setup');
    const main = await startMain(dataDir);
    const { app, protocol } = main.electron;
    expect(app.setPath).toHaveBeenCalledWith('sessionData', path.join(dataDir, 'electron-session'));
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const window = main.windows[0]!;
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      preload: path.join(repoRoot, 'dist', 'main', 'preload.cjs'),
    });
    expect(window.loadURL).toHaveBeenCalledWith('app://rapport/index.html');
    main.quit();
  });

  it('guards every web contents: no new windows, links to the OS, no foreign navigation', async () => {
    const main = await startMain(path.join(base, 'guards'));
    const { contents } = main;
    expect(contents.openHandler?.({ url: 'https://example.com/job' })).toEqual({ action: 'deny' });
    expect(main.electron.shell.openExternal).toHaveBeenCalledWith('https://example.com/job');
    const navigate = { url: 'file:///etc/passwd', isMainFrame: true, preventDefault: vi.fn() };
    contents.emit('will-navigate', navigate);
    expect(navigate.preventDefault).toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    main.quit();
  });

  it('creates a keychain vault over IPC, pushes the change, and opens straight in on the next start', async () => {
    const dataDir = path.join(base, 'keychain');
    const first = await startMain(dataDir);
    const status = await first.invoke('vault:get-status');
    expect(status).toMatchObject({ ok: true, value: { state: 'absent', keychainAvailable: true } });

    const created = await first.invoke('vault:create', { useKeychain: true });
    expect(created).toMatchObject({ ok: true, value: { state: 'unlocked', protection: 'os-keychain' } });
    expect(first.contents.sent).toContainEqual([
      ELECTRON_EVENT_CHANNEL,
      'vault:status-changed',
      expect.objectContaining({ state: 'unlocked' }),
    ]);

    const foreign = { sender: { id: 999 }, senderFrame: { url: 'app://rapport/index.html', origin: 'app://rapport', parent: null } };
    expect(await first.invoke('vault:get-status', {}, foreign)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    first.quit();
    expect(first.handlers.has(ELECTRON_INVOKE_CHANNEL)).toBe(false);

    const second = await startMain(dataDir);
    expect(await second.invoke('vault:get-status')).toMatchObject({ ok: true, value: { state: 'unlocked', protection: 'os-keychain' } });
    second.quit();
  });

  it('on Linux basic_text refuses the keychain and leaves a passphrase vault locked', async () => {
    const dataDir = path.join(base, 'basic-text');
    const first = await startMain(dataDir, 'basic_text');
    const status = await first.invoke('vault:get-status');
    const keychainAvailable = process.platform === 'linux' ? false : true;
    expect(status).toMatchObject({ ok: true, value: { state: 'absent', keychainAvailable } });
    if (process.platform === 'linux') {
      expect(await first.invoke('vault:create', { useKeychain: true })).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    }
    expect(await first.invoke('vault:create', { passphrase: 'correct horse battery staple' })).toMatchObject({ ok: true });
    first.quit();

    const second = await startMain(dataDir, 'basic_text');
    expect(await second.invoke('vault:get-status')).toMatchObject({ ok: true, value: { state: 'locked', protection: 'passphrase' } });
    second.quit();
  });
});
