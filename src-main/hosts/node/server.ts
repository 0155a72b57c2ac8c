import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { err } from '../../../src-shared/ipc/result.js';
import { CONTENT_SECURITY_POLICY } from '../../../src-shared/security.js';
import type { Core } from '../../core/core.js';
import type { Logger } from '../../core/ipc/ports.js';

export interface NodeHostOptions {
  core: Core;
  rendererDir: string;
  port?: number;
  token?: string;
  logger?: Logger;
  /** Largest accepted request body (resume uploads travel as base64). */
  maxBodyBytes?: number;
}

export interface NodeHost {
  port: number;
  token: string;
  url: string;
  close(): Promise<void>;
}


const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/**
 * The browser host: 127.0.0.1 only, a random token per run, Host checked against DNS rebinding,
 * no CORS. Serves the built renderer and the same dispatcher the Electron shell uses.
 */
export async function startNodeHost(options: NodeHostOptions): Promise<NodeHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const tokenBytes = Buffer.from(token);
  const maxBody = options.maxBodyBytes ?? 64 * 1024 * 1024;
  const rendererDir = path.resolve(options.rendererDir);
  const streams = new Set<ServerResponse>();
  let port = 0;

  const authorized = (req: IncomingMessage): boolean => {
    const header = req.headers.authorization ?? '';
    const given = Buffer.from(header.startsWith('Bearer ') ? header.slice(7) : '');
    return given.length === tokenBytes.length && timingSafeEqual(given, tokenBytes);
  };

  const hostAllowed = (req: IncomingMessage): boolean => {
    const host = req.headers.host ?? '';
    return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
  };

  const originAllowed = (req: IncomingMessage): boolean => {
    const origin = req.headers.origin;
    return origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
  };

  const send = (res: ServerResponse, status: number, body: unknown) => {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(text),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(text);
  };

  const readBody = (req: IncomingMessage): Promise<string | null> =>
    new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBody) {
          resolve(null);
          req.destroy();
          return;
        }
        chunks.push(chunk);
      });
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });

  const handleIpc = async (req: IncomingMessage, res: ServerResponse, channel: string) => {
    if (req.method !== 'POST') return send(res, 405, err('invalid_input', 'Use POST for IPC calls'));
    if (!authorized(req)) return send(res, 401, err('unauthorized', 'Missing or wrong token'));
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return send(res, 415, err('invalid_input', 'Send the request body as application/json'));
    }
    const body = await readBody(req);
    if (body === null) return send(res, 413, err('invalid_input', `Request body larger than ${maxBody} bytes`));
    let payload: unknown = {};
    if (body.trim() !== '') {
      try {
        payload = JSON.parse(body);
      } catch {
        return send(res, 400, err('invalid_input', 'The request body is not valid JSON'));
      }
    }
    const started = performance.now();
    const result = await options.core.dispatch(decodeURIComponent(channel), payload);
    options.logger?.info('ipc', {
      channel: channel.slice(0, 80),
      ok: result.ok,
      code: result.ok ? '' : result.error.code,
      ms: Math.round(performance.now() - started),
    });
    send(res, 200, result);
  };

  const handleEvents = (req: IncomingMessage, res: ServerResponse) => {
    if (!authorized(req)) return send(res, 401, err('unauthorized', 'Missing or wrong token'));
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Content-Type-Options': 'nosniff',
    });
    res.write(': connected\n\n');
    streams.add(res);
    const heartbeat = setInterval(() => res.write(': ping\n\n'), 20_000);
    req.on('close', () => {
      clearInterval(heartbeat);
      streams.delete(res);
    });
  };

  const handleStatic = async (req: IncomingMessage, res: ServerResponse, pathname: string) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, err('invalid_input', 'Method not allowed'));
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
    const file = path.resolve(rendererDir, relative);
    if (!file.startsWith(rendererDir + path.sep)) return send(res, 404, err('not_found', 'Not found'));
    let stat;
    try {
      stat = await fs.stat(file);
    } catch {
      return send(res, 404, err('not_found', 'Not found'));
    }
    if (!stat.isFile()) return send(res, 404, err('not_found', 'Not found'));
    res.writeHead(200, {
      'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
      'Content-Length': stat.size,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cache-Control': relative === 'index.html' ? 'no-store' : 'private, max-age=3600',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  };

  const server = http.createServer((req, res) => {
    // DNS rebinding: a page on evil.example resolved to 127.0.0.1 still sends its own Host.
    if (!hostAllowed(req)) return send(res, 403, err('unauthorized', 'Forbidden host'));
    if (!originAllowed(req)) return send(res, 403, err('unauthorized', 'Forbidden origin'));
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const ipc = /^\/ipc\/(.+)$/.exec(pathname);
    const task = ipc ? handleIpc(req, res, ipc[1]!) : pathname === '/events' ? handleEvents(req, res) : handleStatic(req, res, pathname);
    Promise.resolve(task).catch(() => {
      if (!res.headersSent) send(res, 500, err('internal', 'The host failed to answer'));
      else res.destroy();
    });
  });
  server.requestTimeout = 0; // Long calls (imports) answer when done; event streams stay open.

  const unsubscribe = options.core.subscribe((name, payload) => {
    const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const stream of streams) stream.write(frame);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    async close() {
      unsubscribe();
      for (const stream of streams) stream.end();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // A request still waiting for a long job (an import) would otherwise hold the shutdown until it ends.
      server.closeAllConnections();
      await closed;
    },
  };
}
