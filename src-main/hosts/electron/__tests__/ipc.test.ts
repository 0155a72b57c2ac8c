import { describe, expect, it, vi } from 'vitest';
import { ELECTRON_EVENT_CHANNEL, ELECTRON_INVOKE_CHANNEL } from '../../../../src-shared/ipc/bridge.js';
import { ok, type Result } from '../../../../src-shared/ipc/result.js';
import type { EventListener } from '../../../core/core.js';
import { silentLogger } from '../../../core/ipc/ports.js';
import { createInvokeHandler, forwardEvents, registerIpc, RendererRegistry, sendEvent, type RendererTarget } from '../ipc.js';

const mainFrame = { url: 'app://rapport/index.html', origin: 'app://rapport', parent: null };
const target = (id: number, url = 'app://rapport/index.html'): RendererTarget & { sent: unknown[][] } => {
  const sent: unknown[][] = [];
  return { id, sent, isDestroyed: () => false, getURL: () => url, send: (...args: unknown[]) => void sent.push(args) };
};

function setup() {
  const registry = new RendererRegistry();
  registry.add(target(1));
  const dispatch = vi.fn(async (channel: string, payload: unknown): Promise<Result<unknown>> => ok({ channel, payload }));
  const handler = createInvokeHandler({ dispatch, registry, logger: silentLogger });
  return { registry, dispatch, handler };
}

describe('invoke handler', () => {
  it('passes calls from our main frame to the dispatcher', async () => {
    const { dispatch, handler } = setup();
    const result = await handler({ sender: { id: 1 }, senderFrame: mainFrame }, 'app:get-info', { a: 1 });
    expect(result).toEqual({ ok: true, value: { channel: 'app:get-info', payload: { a: 1 } } });
    expect(dispatch).toHaveBeenCalledOnce();
  });

  it('refuses web contents we did not create', async () => {
    const { dispatch, handler } = setup();
    const result = await handler({ sender: { id: 2 }, senderFrame: mainFrame }, 'vault:get-status', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses sub-frames, foreign pages and vanished frames', async () => {
    const { dispatch, handler } = setup();
    const cases = [
      { ...mainFrame, parent: mainFrame },
      { url: 'https://evil.example/', origin: 'https://evil.example', parent: null },
      null,
    ];
    for (const senderFrame of cases) {
      expect(await handler({ sender: { id: 1 }, senderFrame }, 'vault:get-status', {})).toMatchObject({
        ok: false,
        error: { code: 'unauthorized' },
      });
    }
    const throwing = {
      sender: { id: 1 },
      get senderFrame(): never {
        throw new Error('Render frame was disposed');
      },
    };
    expect(await handler(throwing, 'vault:get-status', {})).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a channel that is not a short string', async () => {
    const { dispatch, handler } = setup();
    for (const channel of [42, null, '', 'x'.repeat(500)]) {
      expect(await handler({ sender: { id: 1 }, senderFrame: mainFrame }, channel, {})).toMatchObject({
        ok: false,
        error: { code: 'unknown_channel' },
      });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('registers exactly one channel and removes it again', () => {
    const ipcMain = { handle: vi.fn(), removeHandler: vi.fn() };
    const dispose = registerIpc({ ipcMain, dispatch: async () => ok(null), registry: new RendererRegistry(), logger: silentLogger });
    expect(ipcMain.handle).toHaveBeenCalledOnce();
    expect(ipcMain.handle.mock.calls[0]?.[0]).toBe(ELECTRON_INVOKE_CHANNEL);
    dispose();
    expect(ipcMain.removeHandler).toHaveBeenCalledWith(ELECTRON_INVOKE_CHANNEL);
  });
});

describe('forwardEvents', () => {
  it('sends core events to our windows while they show our page', () => {
    let emit: EventListener | undefined;
    const subscribe = (listener: EventListener) => {
      emit = listener;
      return () => (emit = undefined);
    };
    const registry = new RendererRegistry();
    const ours = target(1);
    const strayed = target(2, 'https://evil.example/');
    const gone = { ...target(3), isDestroyed: () => true };
    registry.add(ours);
    registry.add(strayed);
    registry.add(gone);
    const unsubscribe = forwardEvents(subscribe, registry);
    const payload = { jobId: 'j', kind: 'import', phase: 'rows', done: 1, total: 2 };
    emit?.('job:progress', payload);
    expect(ours.sent).toEqual([[ELECTRON_EVENT_CHANNEL, 'job:progress', payload]]);
    expect(strayed.sent).toEqual([]);
    expect(gone.sent).toEqual([]);
    unsubscribe();
    expect(emit).toBeUndefined();
  });

  it('sends the shell’s own events (a notification click opening a route) the same guarded way', () => {
    const registry = new RendererRegistry();
    const ours = target(1);
    const strayed = target(2, 'https://evil.example/');
    registry.add(ours);
    registry.add(strayed);
    sendEvent(registry, 'app:open-route', { route: '/reminders/5' });
    expect(ours.sent).toEqual([[ELECTRON_EVENT_CHANNEL, 'app:open-route', { route: '/reminders/5' }]]);
    expect(strayed.sent).toEqual([]);
  });

  it('forgets windows removed from the registry', () => {
    const registry = new RendererRegistry();
    registry.add(target(7));
    registry.delete(7);
    expect(registry.has(7)).toBe(false);
    expect(registry.all()).toEqual([]);
  });
});
