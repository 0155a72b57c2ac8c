import { describe, expect, it, vi } from 'vitest';
import { ELECTRON_EVENT_CHANNEL, ELECTRON_INVOKE_CHANNEL } from '../../../../src-shared/ipc/bridge.js';
import { createBridge, type IpcRendererLike } from '../preload-bridge.js';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc(answer: (channel: string, ...args: unknown[]) => Promise<unknown> = async () => ({ ok: true, value: 1 })) {
  const listeners = new Map<string, Listener[]>();
  const ipc: IpcRendererLike & { emit(channel: string, ...args: unknown[]): void } = {
    invoke: vi.fn(answer),
    on(channel, listener) {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
    },
    emit(channel, ...args) {
      // The real IPC event carries `sender` (the raw ipcRenderer); the bridge must never pass it on.
      for (const l of listeners.get(channel) ?? []) l({ sender: 'raw ipcRenderer' }, ...args);
    },
  };
  return { ipc, listeners };
}

describe('preload bridge', () => {
  it('exposes exactly invoke and on, frozen', () => {
    const bridge = createBridge(fakeIpc().ipc);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('sends calls over the one invoke channel', async () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc);
    await expect(bridge.invoke('vault:get-status', { x: 1 })).resolves.toEqual({ ok: true, value: 1 });
    expect(ipc.invoke).toHaveBeenCalledWith(ELECTRON_INVOKE_CHANNEL, 'vault:get-status', { x: 1 });
  });

  it('answers bad channel names with a Result, without touching IPC', async () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc);
    for (const channel of [undefined, 7, '', 'x'.repeat(200)]) {
      await expect(bridge.invoke(channel as string, {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('turns a failing main process into a Result instead of a rejection', async () => {
    const bridge = createBridge(fakeIpc(() => Promise.reject(new Error('No handler registered'))).ipc);
    await expect(bridge.invoke('vault:get-status', {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('delivers only the payload to listeners of that event, and unsubscribes', () => {
    const { ipc, listeners } = fakeIpc();
    const bridge = createBridge(ipc, () => undefined);
    const got: unknown[] = [];
    const other = vi.fn();
    const off = bridge.on('vault:status-changed', (payload) => got.push(payload));
    bridge.on('job:progress', other);
    ipc.emit(ELECTRON_EVENT_CHANNEL, 'vault:status-changed', { state: 'unlocked' });
    expect(got).toEqual([{ state: 'unlocked' }]);
    expect(other).not.toHaveBeenCalled();
    off();
    ipc.emit(ELECTRON_EVENT_CHANNEL, 'vault:status-changed', { state: 'locked' });
    expect(got).toHaveLength(1);
    // One IPC listener for everything, registered once up front.
    expect(listeners.get(ELECTRON_EVENT_CHANNEL)).toHaveLength(1);
  });

  it('keeps delivering when one listener throws', () => {
    const { ipc } = fakeIpc();
    const report = vi.fn();
    const bridge = createBridge(ipc, report);
    const second = vi.fn();
    bridge.on('job:progress', () => {
      throw new Error('boom');
    });
    bridge.on('job:progress', second);
    ipc.emit(ELECTRON_EVENT_CHANNEL, 'job:progress', { done: 1 });
    expect(second).toHaveBeenCalledWith({ done: 1 });
    expect(report).toHaveBeenCalledOnce();
  });

  it('rejects malformed subscriptions', () => {
    const bridge = createBridge(fakeIpc().ipc);
    expect(() => bridge.on(42 as unknown as string, () => undefined)).toThrow(TypeError);
    expect(() => bridge.on('job:progress', 'not a function' as unknown as () => void)).toThrow(TypeError);
  });
});
