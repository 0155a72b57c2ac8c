import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src-main/core/core.js';
import { createFileLogger } from '../../src-main/core/logger.js';
import { startNodeHost, type NodeHost } from '../../src-main/hosts/node/server.js';
import { callIpc, request } from '../helpers/http.js';
import { hashTree, listFiles, tempDir } from '../helpers/tmp.js';

const PASS = 'integration passphrase';
let tmp: ReturnType<typeof tempDir>;
let core: Core;
let host: NodeHost;
let dataDir: string;

beforeEach(async () => {
  tmp = tempDir();
  dataDir = path.join(tmp.dir, 'data');
  const rendererDir = path.join(tmp.dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Rapport</title>');
  writeFileSync(path.join(tmp.dir, 'secret.txt'), 'outside the renderer');
  core = createCore({ dataDir, host: 'node', logger: createFileLogger(dataDir), validateResponses: true });
  host = await startNodeHost({ core, rendererDir, logger: createFileLogger(dataDir) });
});
afterEach(async () => {
  await host.close();
  await core.close();
  tmp.cleanup();
});

const call = (channel: string, payload: unknown) => callIpc(host.port, host.token, channel, payload);

describe('browser host security', () => {
  it('prints a URL of the documented shape with a long random token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{43}$/);
  });

  it('answers 401 without the token or with a wrong one', async () => {
    const base = { method: 'POST', path: '/ipc/vault:get-status', body: '{}' };
    const none = await request(host.port, { ...base, headers: { 'Content-Type': 'application/json' } });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const wrong = await request(host.port, { ...base, headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token.slice(1)}x` } });
    expect(wrong.status).toBe(401);
    const events = await request(host.port, { path: '/events' });
    expect(events.status).toBe(401);
  });

  it('answers 403 to a foreign Host header (DNS rebinding) even with the token', async () => {
    const res = await request(host.port, {
      method: 'POST',
      path: '/ipc/vault:get-status',
      headers: { Host: `evil.example:${host.port}`, 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
      body: '{}',
    });
    expect(res.status).toBe(403);
    expect((await request(host.port, { path: '/', headers: { Host: 'rapport.example' } })).status).toBe(403);
    expect((await request(host.port, { path: '/', headers: { Host: `localhost:${host.port}` } })).status).toBe(200);
  });

  it('answers 403 to a foreign Origin and sends no CORS headers', async () => {
    const res = await request(host.port, {
      method: 'POST',
      path: '/ipc/vault:get-status',
      headers: { Origin: 'https://evil.example', 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
      body: '{}',
    });
    expect(res.status).toBe(403);
    const preflight = await request(host.port, { method: 'OPTIONS', path: '/ipc/vault:get-status', headers: { Origin: 'https://evil.example' } });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const own = await request(host.port, { path: '/' });
    expect(own.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves the renderer with a CSP and never a file outside it', async () => {
    const index = await request(host.port, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect(index.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const res = await request(host.port, { path: p });
      expect(res.status, p).toBe(404);
      expect(res.body).not.toContain('outside the renderer');
    }
  });

  it('rejects non-JSON bodies and non-POST calls with a Result', async () => {
    const notJson = await request(host.port, {
      method: 'POST',
      path: '/ipc/vault:get-status',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
      body: '{oops',
    });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const form = await request(host.port, {
      method: 'POST',
      path: '/ipc/vault:get-status',
      headers: { 'Content-Type': 'text/plain', Authorization: `Bearer ${host.token}` },
      body: '{}',
    });
    expect(form.status).toBe(415);
  });
});

describe('browser host IPC', () => {
  it('invalid input names the field; unknown channel is an error; locked vault says locked', async () => {
    expect((await call('vault:create', { passphrase: 'short' })).json).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'passphrase' },
    });
    expect((await call('nothing:here', {})).json).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect((await call('candidates:list-candidates', {})).json).toMatchObject({ ok: false, error: { code: 'locked' } });
  });

  it('keeps every file in the data directory free of plaintext personal data', async () => {
    expect((await call('vault:create', { passphrase: PASS })).json).toMatchObject({ ok: true, value: { state: 'unlocked' } });
    const marker = 'ingrid.known.address.5521@example.org';
    const created = await call('candidates:create-candidate', {
      firstName: 'Ingrid',
      lastName: 'Bergström-Knownname',
      emails: [{ address: marker }],
      phones: [{ number: '+47 912 34 567' }],
    });
    expect(created.json).toMatchObject({ ok: true, value: { emails: [{ address: marker }] } });
    // Also push a failing call with the marker through, so an error path cannot leak it into the log.
    await call('candidates:create-candidate', { firstName: '', emails: [{ address: marker }] });

    const scan = () => {
      const files = listFiles(dataDir);
      expect(files.map((f) => path.basename(f))).toEqual(expect.arrayContaining(['rapport.db', 'vault.key', 'rapport.log']));
      for (const file of files) {
        const bytes = readFileSync(file);
        for (const needle of [marker, 'Bergström-Knownname', '91234567']) {
          expect(bytes.includes(needle), `${needle} in ${path.relative(dataDir, file)}`).toBe(false);
          expect(bytes.includes(Buffer.from(needle, 'utf16le')), `${needle} (UTF-16) in ${file}`).toBe(false);
        }
      }
      expect(readFileSync(path.join(dataDir, 'rapport.db')).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    };
    scan(); // while open: the WAL holds the fresh pages
    expect((await call('vault:lock', {})).json).toMatchObject({ ok: true, value: { state: 'locked' } });
    scan(); // after the checkpoint
  });

  it('a wrong passphrase gives a clear error and changes no file', async () => {
    await call('vault:create', { passphrase: PASS });
    await call('candidates:create-candidate', { firstName: 'A' });
    await call('vault:lock', {});
    const before = hashTree(dataDir);
    const res = await call('vault:unlock', { passphrase: 'definitely wrong' });
    expect(res.json).toMatchObject({ ok: false, error: { code: 'wrong_passphrase', message: 'That passphrase is not correct. Nothing was changed.' } });
    const after = hashTree(dataDir);
    // The request log grows by design; every other file is byte-identical.
    delete before['logs/rapport.log'];
    delete after['logs/rapport.log'];
    expect(after).toEqual(before);
  });

  it('pushes events over the event stream', async () => {
    await call('vault:create', { passphrase: PASS });
    const received = new Promise<string>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: host.port, path: '/events', headers: { Authorization: `Bearer ${host.token}` } },
        (res) => {
          expect(res.headers['content-type']).toContain('text/event-stream');
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString('utf8');
            if (text.includes('event: vault:status-changed')) {
              req.destroy();
              resolve(text);
            }
          });
          // Trigger an event once the stream is open.
          setTimeout(() => void call('vault:lock', {}), 50);
        },
      );
      req.on('error', (e) => (e.message.includes('socket hang up') ? undefined : reject(e)));
      req.end();
    });
    const text = await received;
    const data = /event: vault:status-changed\ndata: (.*)\n/.exec(text)?.[1];
    expect(JSON.parse(data!)).toMatchObject({ state: 'locked' });
  });
});
