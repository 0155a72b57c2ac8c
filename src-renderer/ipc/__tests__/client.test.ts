import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOST_CONTACT_MESSAGE } from '../http-transport.js';

const g = globalThis as Record<string, unknown>;

afterEach(() => {
  delete g.rapport;
  vi.unstubAllGlobals();
  vi.resetModules();
});

// Each test imports a fresh copy of the client: the transport is chosen once per window.
const freshClient = async () => {
  vi.resetModules();
  return import('../client.js');
};

describe('typed client: choosing the transport', () => {
  it('uses the Electron preload bridge when the window has one', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: { name: 'Rapport' } }));
    g.rapport = { invoke, on: vi.fn(() => () => undefined) };
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const client = await freshClient();
    const result = await client.invoke('app:get-info', {});
    expect(result).toEqual({ ok: true, value: { name: 'Rapport' } });
    expect(invoke).toHaveBeenCalledWith('app:get-info', {});
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('turns a rejected bridge call into a Result instead of throwing', async () => {
    g.rapport = { invoke: vi.fn(async () => Promise.reject(new Error('render frame disposed'))), on: vi.fn() };
    const client = await freshClient();
    await expect(client.invoke('vault:get-status', {})).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: LOST_CONTACT_MESSAGE },
    });
  });

  it('falls back to HTTP with the token taken from the address bar', async () => {
    window.history.replaceState(null, '', '/#token=from-the-url');
    const fetchSpy = vi.fn<typeof fetch>(async () => new Response(JSON.stringify({ ok: true, value: { state: 'absent' } })));
    vi.stubGlobal('fetch', fetchSpy);
    const client = await freshClient();
    client.initClient();
    expect(window.location.hash).toBe('');
    await client.invoke('vault:get-status', {});
    const [url, init] = fetchSpy.mock.calls[0]!;
    expect(url).toBe('/ipc/vault%3Aget-status');
    expect(init?.headers).toMatchObject({ Authorization: 'Bearer from-the-url' });
    window.sessionStorage.clear();
  });
});
