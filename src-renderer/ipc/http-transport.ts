import type { RapportBridge } from '../../src-shared/ipc/bridge.js';
import type { Result } from '../../src-shared/ipc/result.js';
import { SseParser, type SseFrame } from './sse.js';

export const LOST_CONTACT_MESSAGE = 'Lost contact with Rapport. Check that it is still running, then try again.';

export interface HttpTransportOptions {
  /** Origin (and path prefix) of the browser host; '' means the page's own origin. */
  baseUrl: string;
  /** Per-run token printed by `rapport serve`; null when the page was opened without it. */
  token: string | null;
  fetch?: typeof fetch;
  /** Event-stream reconnect backoff, in ms: starts at `initial`, doubles up to `max`. */
  retry?: { initial: number; max: number };
}

export interface HttpTransport extends RapportBridge {
  /** Called after the event stream came back from a drop: events may have been missed, so state should be re-read. */
  onReconnect(listener: () => void): () => void;
  /** Stops the event stream for good. */
  close(): void;
}

const lostContact = (): Result<never> => ({ ok: false, error: { code: 'internal', message: LOST_CONTACT_MESSAGE } });

/** Accepts only the two Result shapes: anything else from the wire is the host misbehaving. */
export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; value?: unknown; error?: { code?: unknown; message?: unknown } };
  if (v.ok === true) return 'value' in v;
  if (v.ok === false) return typeof v.error?.code === 'string' && typeof v.error.message === 'string';
  return false;
}

/**
 * The browser host's transport: `POST /ipc/<channel>` for calls, a long-lived `GET /events` for pushed events.
 * Like the Electron bridge it never throws: every failure becomes a Result the screens can show.
 */
export function createHttpTransport(options: HttpTransportOptions): HttpTransport {
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const retry = options.retry ?? { initial: 500, max: 10_000 };
  const auth: Record<string, string> = options.token ? { Authorization: `Bearer ${options.token}` } : {};
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const reconnectListeners = new Set<() => void>();
  let streaming = false;
  let closed = false;
  let abort: AbortController | null = null;
  let wake: (() => void) | null = null;

  const dispatch = (frame: SseFrame) => {
    const set = listeners.get(frame.event);
    if (!set || set.size === 0) return;
    let payload: unknown;
    try {
      payload = JSON.parse(frame.data);
    } catch {
      return; // A garbled frame is dropped; the next one may be fine.
    }
    for (const listener of [...set]) {
      try {
        listener(payload);
      } catch (error) {
        // One faulty screen must not silence the stream for everyone else.
        console.error('event listener failed', error);
      }
    }
  };

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        wake = null;
        resolve();
      }, ms);
      wake = () => {
        clearTimeout(timer);
        wake = null;
        resolve();
      };
    });

  const readStream = async (body: ReadableStream<Uint8Array>) => {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    const parser = new SseParser();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      for (const frame of parser.push(decoder.decode(value, { stream: true }))) dispatch(frame);
    }
  };

  const stream = async () => {
    let delay = retry.initial;
    let connectedBefore = false;
    while (!closed) {
      abort = new AbortController();
      try {
        const response = await fetchImpl(`${options.baseUrl}/events`, {
          headers: { ...auth, Accept: 'text/event-stream' },
          signal: abort.signal,
          cache: 'no-store',
        });
        if (response.ok && response.body) {
          if (connectedBefore) for (const listener of [...reconnectListeners]) listener();
          connectedBefore = true;
          delay = retry.initial;
          await readStream(response.body);
        }
      } catch {
        // Dropped or refused: fall through to the backoff and try again.
      }
      if (closed) break;
      await sleep(delay);
      delay = Math.min(delay * 2, retry.max);
    }
  };

  return {
    async invoke(channel, payload) {
      let response: Response;
      try {
        response = await fetchImpl(`${options.baseUrl}/ipc/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { ...auth, 'Content-Type': 'application/json' },
          body: JSON.stringify(payload ?? {}),
          cache: 'no-store',
        });
      } catch {
        return lostContact();
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        return response.ok || response.status >= 500
          ? lostContact()
          : { ok: false, error: { code: 'internal', message: `Rapport answered HTTP ${response.status} without a result.` } };
      }
      // The host answers errors (401, 413, …) with a Result body too: pass its code and message through.
      if (isResult(body)) return body;
      return { ok: false, error: { code: 'internal', message: 'Rapport sent an answer this window does not understand.' } };
    },

    on(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      // One stream serves every listener; it starts with the first one and stays up while the window lives.
      if (!streaming && !closed) {
        streaming = true;
        void stream();
      }
      return () => {
        set.delete(listener);
      };
    },

    onReconnect(listener) {
      reconnectListeners.add(listener);
      return () => {
        reconnectListeners.delete(listener);
      };
    },

    close() {
      closed = true;
      abort?.abort();
      wake?.();
    },
  };
}
