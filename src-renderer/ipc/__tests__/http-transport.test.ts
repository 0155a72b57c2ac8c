import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpTransport, LOST_CONTACT_MESSAGE, type HttpTransport } from '../http-transport.js';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** An event stream whose chunks the test pushes by hand, like the host writing frames over time. */
function controllableStream() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  const encoder = new TextEncoder();
  return {
    response: new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } }),
    write: (text: string) => controller.enqueue(encoder.encode(text)),
    end: () => controller.close(),
  };
}

const transports: HttpTransport[] = [];
const make = (fetchImpl: typeof fetch, token: string | null = 'tok') => {
  const t = createHttpTransport({ baseUrl: 'http://127.0.0.1:9', token, fetch: fetchImpl, retry: { initial: 5, max: 20 } });
  transports.push(t);
  return t;
};
afterEach(() => {
  for (const t of transports.splice(0)) t.close();
});

describe('HTTP transport: calls', () => {
  it('POSTs JSON to /ipc/<channel> with the bearer token and returns the Result as sent', async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () => json({ ok: true, value: { state: 'locked' } }));
    const result = await make(fetchImpl).invoke('vault:unlock', { passphrase: 'x' });
    expect(result).toEqual({ ok: true, value: { state: 'locked' } });
    const [url, init] = fetchImpl.mock.calls[0]!;
    expect(url).toBe('http://127.0.0.1:9/ipc/vault%3Aunlock');
    expect(init?.method).toBe('POST');
    expect(init?.headers).toMatchObject({ Authorization: 'Bearer tok', 'Content-Type': 'application/json' });
    expect(JSON.parse(String(init?.body))).toEqual({ passphrase: 'x' });
  });

  it('passes coded errors through, including a 401 from the host', async () => {
    const wrong = await make(async () => json({ ok: false, error: { code: 'wrong_passphrase', message: 'No' } })).invoke('vault:unlock', {});
    expect(wrong).toEqual({ ok: false, error: { code: 'wrong_passphrase', message: 'No' } });
    const denied = await make(async () => json({ ok: false, error: { code: 'unauthorized', message: 'Missing or wrong token' } }, 401), null).invoke(
      'app:get-info',
      {},
    );
    expect(denied.ok === false && denied.error.code).toBe('unauthorized');
  });

  it('turns a network failure into a "lost contact" Result instead of throwing', async () => {
    const result = await make(async () => {
      throw new TypeError('Failed to fetch');
    }).invoke('app:get-info', {});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: LOST_CONTACT_MESSAGE } });
  });

  it('rejects a body that is not JSON or not a Result', async () => {
    const html = await make(async () => new Response('<html>', { status: 200 })).invoke('app:get-info', {});
    expect(html.ok).toBe(false);
    const odd = await make(async () => json({ hello: 'world' })).invoke('app:get-info', {});
    expect(odd).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('HTTP transport: events', () => {
  it('reads /events with the token and delivers parsed payloads to listeners of that event only', async () => {
    const stream = controllableStream();
    const fetchImpl = vi.fn<typeof fetch>(async () => stream.response);
    const t = make(fetchImpl);
    const progress: unknown[] = [];
    const status: unknown[] = [];
    t.on('job:progress', (p) => progress.push(p));
    t.on('vault:status-changed', (p) => status.push(p));
    await vi.waitFor(() => expect(fetchImpl).toHaveBeenCalledTimes(1));
    const [url, init] = fetchImpl.mock.calls[0]!;
    expect(url).toBe('http://127.0.0.1:9/events');
    expect(init?.headers).toMatchObject({ Authorization: 'Bearer tok' });

    stream.write(': connected\n\nevent: job:progress\ndata: {"done":200,');
    stream.write('"total":400}\n\nevent: vault:status-changed\ndata: {"state":"locked"}\n\n');
    await vi.waitFor(() => expect(status).toHaveLength(1));
    expect(progress).toEqual([{ done: 200, total: 400 }]);
    expect(status).toEqual([{ state: 'locked' }]);
  });

  it('stops delivering to an unsubscribed listener and survives a listener that throws', async () => {
    const stream = controllableStream();
    const t = make(async () => stream.response);
    const seen: unknown[] = [];
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    t.on('job:progress', () => {
      throw new Error('broken screen');
    });
    const off = t.on('job:progress', (p) => seen.push(p));
    stream.write('event: job:progress\ndata: 1\n\n');
    await vi.waitFor(() => expect(seen).toEqual([1]));
    off();
    stream.write('event: job:progress\ndata: 2\n\n');
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([1]);
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
  });

  it('reconnects with backoff after the stream ends or the host is unreachable, and reports the reconnect', async () => {
    const first = controllableStream();
    const second = controllableStream();
    let calls = 0;
    const fetchImpl = vi.fn<typeof fetch>(async () => {
      calls++;
      if (calls === 1) return first.response;
      if (calls === 2) throw new TypeError('connection refused');
      return second.response;
    });
    const t = make(fetchImpl);
    const reconnected = vi.fn();
    t.onReconnect(reconnected);
    const seen: unknown[] = [];
    t.on('vault:status-changed', (p) => seen.push(p));
    await vi.waitFor(() => expect(fetchImpl).toHaveBeenCalledTimes(1));
    expect(reconnected).not.toHaveBeenCalled();
    first.end(); // host restarted
    await vi.waitFor(() => expect(fetchImpl).toHaveBeenCalledTimes(3));
    await vi.waitFor(() => expect(reconnected).toHaveBeenCalledTimes(1));
    second.write('event: vault:status-changed\ndata: {"state":"unlocked"}\n\n');
    await vi.waitFor(() => expect(seen).toEqual([{ state: 'unlocked' }]));
  });

  it('close() ends the stream and stops reconnecting', async () => {
    const fetchImpl = vi.fn<typeof fetch>(async (_url, init) => {
      // Behave like fetch: an aborted request rejects.
      return new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    });
    const t = make(fetchImpl);
    t.on('job:progress', () => undefined);
    await vi.waitFor(() => expect(fetchImpl).toHaveBeenCalledTimes(1));
    t.close();
    await new Promise((r) => setTimeout(r, 50));
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });
});
