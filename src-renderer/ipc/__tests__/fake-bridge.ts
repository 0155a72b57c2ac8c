import type { RapportBridge } from '../../../src-shared/ipc/bridge.js';
import type { Result } from '../../../src-shared/ipc/result.js';
import { setTransport } from '../client.js';

type Handler = (payload: unknown) => Result<unknown> | Promise<Result<unknown>>;

/**
 * Stands in for the core at the transport boundary: screens under test call the real typed client, which
 * reaches these scripted answers. Also lets a test push events as the core would.
 */
export function installFakeBridge(handlers: Record<string, Handler>) {
  const calls: { channel: string; payload: unknown }[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const bridge: RapportBridge = {
    async invoke(channel, payload) {
      calls.push({ channel, payload });
      const handler = handlers[channel];
      if (!handler) return { ok: false, error: { code: 'unknown_channel', message: `no fake for ${channel}` } };
      return handler(payload);
    },
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
  };
  setTransport(bridge);
  return {
    calls,
    callsTo: (channel: string) => calls.filter((c) => c.channel === channel).map((c) => c.payload),
    emit: (event: string, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload)),
  };
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: string, message: string, field?: string) =>
  ({ ok: false, error: field ? { code, message, field } : { code, message } }) as Result<never>;
