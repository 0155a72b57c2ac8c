import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../src-shared/security.js';
import { contentTypeFor, createAppProtocolHandler, resolveRendererFile } from '../protocol.js';

describe('resolveRendererFile', () => {
  it('maps paths inside the root and defaults to index.html', () => {
    expect(resolveRendererFile('/app/renderer', '/')).toBe('/app/renderer/index.html');
    expect(resolveRendererFile('/app/renderer', '/assets/a%20b.js')).toBe('/app/renderer/assets/a b.js');
  });
  it('refuses anything that resolves outside the root (posix)', () => {
    for (const p of ['/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e/secret.txt', '/..', '/%00index.html', '/%E0%A4%A']) {
      expect(resolveRendererFile('/app/renderer', p), p).toBeNull();
    }
    // A sibling whose name starts like the root is still outside it.
    expect(resolveRendererFile('/app/renderer', '/..%2frenderer-old/index.html')).toBeNull();
  });
  it('refuses backslash, drive and UNC escapes on Windows', () => {
    const root = 'C:\\Program Files\\Rapport\\resources\\app.asar\\dist\\renderer';
    expect(resolveRendererFile(root, '/assets/x.js', path.win32)).toBe(`${root}\\assets\\x.js`);
    for (const p of ['/..%5c..%5csecret.txt', '/C:%5cWindows%5cwin.ini', '/..\\secret']) {
      expect(resolveRendererFile(root, p, path.win32), p).toBeNull();
    }
    // Leading separators are stripped, so a UNC-looking path stays a plain path under the root.
    expect(resolveRendererFile(root, '/%5c%5cserver%5cshare%5cx', path.win32)).toBe(`${root}\\server\\share\\x`);
  });
});

describe('app:// protocol handler', () => {
  let base: string;
  let rendererDir: string;
  let handle: (request: Request) => Promise<Response>;

  beforeAll(() => {
    base = mkdtempSync(path.join(os.tmpdir(), 'rapport-protocol-'));
    rendererDir = path.join(base, 'renderer');
    mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Rapport</title>');
    writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    // What a traversal would leak if the containment check failed.
    writeFileSync(path.join(base, 'secret.txt'), 'vault key');
    handle = createAppProtocolHandler({ rendererDir });
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('serves index.html with the CSP and no caching', async () => {
    const res = await handle(new Request('app://rapport/'));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Rapport</title>');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('serves assets with their type', async () => {
    const res = await handle(new Request('app://rapport/assets/app.js'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await res.text()).toBe('console.log(1)');
  });

  it('never serves files outside the renderer folder', async () => {
    for (const url of ['app://rapport/..%2fsecret.txt', 'app://rapport/assets/..%2f..%2fsecret.txt', 'app://rapport/%2e%2e/secret.txt']) {
      const res = await handle(new Request(url));
      expect(res.status, url).toBe(404);
      expect(await res.text(), url).not.toContain('vault key');
    }
  });

  it('answers only our host and only GET/HEAD', async () => {
    expect((await handle(new Request('app://evil/index.html'))).status).toBe(404);
    expect((await handle(new Request('app://rapport/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
    const head = await handle(new Request('app://rapport/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('falls back to index.html for client routes but not for missing assets', async () => {
    const route = await handle(new Request('app://rapport/candidates/42'));
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>Rapport</title>');
    expect((await handle(new Request('app://rapport/assets/missing.js'))).status).toBe(404);
  });

  it('knows the common types', () => {
    expect(contentTypeFor('a.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});
