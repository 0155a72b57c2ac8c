import http from 'node:http';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw HTTP request (fetch cannot set Host; these tests need to). */
export function request(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** Calls a channel the way the renderer's HTTP transport does. */
export async function callIpc(port: number, token: string, channel: string, payload: unknown): Promise<{ status: number; json: unknown }> {
  const res = await request(port, {
    method: 'POST',
    path: `/ipc/${channel}`,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, Host: `127.0.0.1:${port}` },
    body: JSON.stringify(payload),
  });
  return { status: res.status, json: JSON.parse(res.body) };
}
