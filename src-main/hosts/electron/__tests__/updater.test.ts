import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../../core/ipc/ports.js';
import { setupUpdater, type UpdaterLike, type UpdaterOptions } from '../updater.js';

class FakeUpdater extends EventEmitter {
  autoDownload = false;
  autoInstallOnAppQuit = false;
  logger: UpdaterLike['logger'] = null;
  feed: unknown = null;
  result: Awaited<ReturnType<UpdaterLike['checkForUpdates']>> = null;
  failWith: Error | null = null;
  setFeedURL = vi.fn((options: unknown) => void (this.feed = options));
  checkForUpdates = vi.fn(async () => {
    if (this.failWith) {
      this.emit('error', this.failWith);
      throw this.failWith;
    }
    return this.result;
  });
  quitAndInstall = vi.fn();
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(overrides: Partial<UpdaterOptions> = {}) {
  const fake = new FakeUpdater();
  const logged: string[] = [];
  const logger: Logger = { info: (m) => void logged.push(m), error: (m) => void logged.push(`error: ${m}`) };
  const options: UpdaterOptions = {
    updater: () => fake as unknown as UpdaterLike,
    isPackaged: true,
    env: {},
    logger,
    confirmRestart: vi.fn(async () => true),
    inform: vi.fn(),
    ...overrides,
  };
  return { fake, logged, options, controller: setupUpdater(options) };
}

describe('updater', () => {
  it('does not touch electron-updater when unpackaged', async () => {
    const updater = vi.fn();
    const { controller, options } = setup({ isPackaged: false, updater });
    await controller.check();
    await controller.check({ interactive: true });
    expect(updater).not.toHaveBeenCalled();
    expect(options.inform).toHaveBeenCalledOnce();
  });

  it('downloads in the background and installs on quit', () => {
    const { fake } = setup();
    expect(fake.autoDownload).toBe(true);
    expect(fake.autoInstallOnAppQuit).toBe(true);
    expect(fake.setFeedURL).not.toHaveBeenCalled();
  });

  it('points at RAPPORT_UPDATE_URL when set', () => {
    const { fake } = setup({ env: { RAPPORT_UPDATE_URL: 'https://updates.example.com/rapport' } });
    expect(fake.feed).toEqual({ provider: 'generic', url: 'https://updates.example.com/rapport' });
  });

  it('asks once per downloaded version and restarts only on yes', async () => {
    const confirmRestart = vi.fn<(version: string) => Promise<boolean>>().mockResolvedValueOnce(false).mockResolvedValueOnce(true);
    const { fake } = setup({ confirmRestart });
    fake.emit('update-downloaded', { version: '1.2.0' });
    fake.emit('update-downloaded', { version: '1.2.0' });
    await flush();
    expect(confirmRestart).toHaveBeenCalledTimes(1);
    expect(fake.quitAndInstall).not.toHaveBeenCalled();
    fake.emit('update-downloaded', { version: '1.3.0' });
    await flush();
    expect(confirmRestart).toHaveBeenLastCalledWith('1.3.0');
    expect(fake.quitAndInstall).toHaveBeenCalledOnce();
  });

  it('logs a failed check instead of throwing, and tells the user only when asked', async () => {
    const { fake, controller, logged, options } = setup();
    fake.failWith = new Error('net::ERR_INTERNET_DISCONNECTED');
    await expect(controller.check()).resolves.toBeUndefined();
    expect(logged).toContain('error: update failed');
    expect(logged).toContain('error: update check failed');
    expect(options.inform).not.toHaveBeenCalled();
    await controller.check({ interactive: true });
    expect(options.inform).toHaveBeenCalledWith(expect.stringMatching(/Could not check/));
  });

  it('reports the outcome of a check the user asked for', async () => {
    const { fake, controller, options } = setup();
    await controller.check({ interactive: true });
    expect(options.inform).toHaveBeenLastCalledWith('Rapport is up to date.');
    fake.result = { isUpdateAvailable: true, updateInfo: { version: '2.0.0' } };
    await controller.check({ interactive: true });
    expect(options.inform).toHaveBeenLastCalledWith(expect.stringContaining('2.0.0'));
  });
});
