import { BRIDGE_GLOBAL, type RapportBridge } from '../../src-shared/ipc/bridge.js';
import type { ChannelName, ReqInput, Res } from '../../src-shared/ipc/contract.js';
import type { EventName, EventPayload } from '../../src-shared/ipc/events.js';
import type { Result } from '../../src-shared/ipc/result.js';
import { createHttpTransport, LOST_CONTACT_MESSAGE } from './http-transport.js';
import { takeSessionToken } from './token.js';

interface Transport extends RapportBridge {
  onReconnect(listener: () => void): () => void;
}

let current: Transport | null = null;

/** The preload's bridge is trusted code, but a rejected promise must still arrive as a Result. */
function wrapBridge(bridge: RapportBridge): Transport {
  return {
    async invoke(channel, payload) {
      try {
        return await bridge.invoke(channel, payload);
      } catch {
        return { ok: false, error: { code: 'internal', message: LOST_CONTACT_MESSAGE } };
      }
    },
    on: (event, listener) => bridge.on(event, listener),
    // Electron IPC does not drop and reconnect: nothing to re-read.
    onReconnect: () => () => undefined,
  };
}

function chooseTransport(): Transport {
  const exposed = (globalThis as Record<string, unknown>)[BRIDGE_GLOBAL] as RapportBridge | undefined;
  if (exposed && typeof exposed.invoke === 'function') return wrapBridge(exposed);
  return createHttpTransport({ baseUrl: '', token: takeSessionToken() });
}

/** Picks the transport once, at start, so the token leaves the address bar before anything renders. */
export function initClient(): void {
  current ??= chooseTransport();
}

/** Tests swap in a fake; the app never calls this. */
export function setTransport(transport: RapportBridge & Partial<Pick<Transport, 'onReconnect'>>): void {
  current = { onReconnect: () => () => undefined, ...transport } as Transport;
}

function transport(): Transport {
  current ??= chooseTransport();
  return current;
}

/** Calls the core. Never throws: failures (including a lost connection) resolve to `{ ok: false, error }`. */
export function invoke<C extends ChannelName>(channel: C, req: ReqInput<C>): Promise<Result<Res<C>>> {
  return transport().invoke(channel, req) as Promise<Result<Res<C>>>;
}

/** Subscribes to a pushed event; returns the unsubscribe function. */
export function on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  return transport().on(event, listener as (payload: unknown) => void);
}

/** Fires when the event stream came back after a drop (browser host only): events may have been missed. */
export function onReconnect(listener: () => void): () => void {
  return transport().onReconnect(listener);
}
