import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../../src-shared/security.js';
import { APP_SCHEME, isAppUrl } from './policy.js';

/**
 * `standard` gives the scheme real origins (so CSP 'self', fetch and storage partitioning behave as on the web),
 * `secure` makes it a secure context. No bypassCSP, no CORS, no service workers: the page needs none of them.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export const contentTypeFor = (file: string): string => MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

type PathApi = Pick<typeof path, 'resolve' | 'sep'>;

/**
 * Maps a URL path onto a file inside `rootDir`, or null when it would land outside it. Decoding happens
 * before resolving, so `%2e%2e/`, `..%2f` and (on Windows) `..%5c` or a drive letter are all caught by the
 * containment check rather than by pattern matching.
 */
export function resolveRendererFile(rootDir: string, pathname: string, pathApi: PathApi = path): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const root = pathApi.resolve(rootDir);
  const relative = decoded.replace(/^[/\\]+/, '') || 'index.html';
  const file = pathApi.resolve(root, relative);
  return file.startsWith(root + pathApi.sep) ? file : null;
}

export interface AppProtocolOptions {
  /** The built renderer (dist/renderer; inside app.asar when packaged, which Electron's fs reads). */
  rendererDir: string;
  readFile?: (file: string) => Promise<Uint8Array>;
}

const text = (status: number, body: string): Response =>
  new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });

const isMissing = (error: unknown): boolean => {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
};

/** Serves the renderer with the same CSP and headers as the browser host. */
export function createAppProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  const readFile = options.readFile ?? ((file: string) => fs.readFile(file));
  const rendererDir = path.resolve(options.rendererDir);
  const indexFile = path.join(rendererDir, 'index.html');

  const respond = (file: string, body: Uint8Array | null): Response =>
    new Response(body === null ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': contentTypeFor(file),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Resource-Policy': 'same-origin',
        'Cache-Control': file === indexFile ? 'no-store' : 'private, max-age=3600',
      },
    });

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'Method not allowed');
    if (!isAppUrl(request.url)) return text(404, 'Not found');
    const pathname = new URL(request.url).pathname;
    const file = resolveRendererFile(rendererDir, pathname);
    if (!file) return text(404, 'Not found');
    let served = file;
    let body: Uint8Array;
    try {
      body = await readFile(file);
    } catch (error) {
      // A client-side route (no extension) reloads onto index.html; a missing asset stays a 404.
      if (!isMissing(error) || path.extname(file) !== '') return text(404, 'Not found');
      try {
        body = await readFile(indexFile);
        served = indexFile;
      } catch {
        return text(404, 'Not found');
      }
    }
    return respond(served, request.method === 'HEAD' ? null : body);
  };
}

/** Call once the app is ready; the scheme itself is registered as privileged before ready (see main.ts). */
export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, options: AppProtocolOptions): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(options));
}
