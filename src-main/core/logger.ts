import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from './ipc/ports.js';

/**
 * Appends one JSON line per event to <dataDir>/logs/rapport.log. Callers pass channel names, codes and
 * timings only — never payloads — so the log holds no personal data.
 */
export function createFileLogger(dataDir: string): Logger {
  const dir = path.join(dataDir, 'logs');
  const file = path.join(dir, 'rapport.log');
  let ready = false;
  const write = (level: string, message: string, fields?: Record<string, string | number | boolean>) => {
    try {
      if (!ready) {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        ready = true;
      }
      appendFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), level, message, ...fields })}\n`, { mode: 0o600 });
    } catch {
      // Logging must never take the app down.
    }
  };
  return { info: (m, f) => write('info', m, f), error: (m, f) => write('error', m, f) };
}
