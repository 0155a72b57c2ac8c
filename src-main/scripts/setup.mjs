// Shared set-up for `npm start` and `npm test`: installs what a fresh clone lacks, says clearly what it cannot.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const log = (message) => console.log(`\x1b[36m▸\x1b[0m ${message}`);

/** Runs a command in the repo, streaming its output; returns its exit code. */
export function run(command, args, options = {}) {
  const res = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options, env: { ...process.env, ...options.env } });
  if (res.error) throw res.error;
  return res.status ?? 1;
}

/** `npm ci` when node_modules is missing or older than the lock file. The Electron binary cannot always be fetched: skip it. */
export function ensureNodeModules() {
  const marker = path.join(root, 'node_modules/.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  const native = path.join(root, 'node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node');
  const fresh = existsSync(marker) && existsSync(native) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs;
  if (fresh) return;
  log('Installing npm packages (the encrypted SQLite module compiles from source: a few minutes the first time)…');
  const code = run('npm', ['ci', '--no-audit', '--no-fund'], { env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } });
  if (code !== 0) {
    console.error('npm ci failed: see the output above. Node 20.19+ and a C++ toolchain (python3, make, g++) are needed.');
    process.exit(code);
  }
}

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

/**
 * Debian packages the tests drive for real. Each entry: a command that proves it is there, and its package.
 * Later integrations (IMAP, CalDAV, SMTP, PDF checks) add their servers here.
 */
export const SYSTEM_PACKAGES = [
  { command: '/usr/bin/chromium', pkg: 'chromium', why: 'browser tests (Playwright drives Debian Chromium)' },
  { command: 'pdftotext', pkg: 'poppler-utils', why: 'PDF report tests' },
  { command: '/usr/lib/python3/dist-packages/vobject', pkg: 'python3-vobject', why: 'vCard export checked by an independent parser' },
];

export function ensureSystemPackages(list = SYSTEM_PACKAGES) {
  const missing = list.filter((p) => (p.command.startsWith('/') ? !existsSync(p.command) : !has(p.command)));
  if (missing.length === 0) return;
  const names = missing.map((p) => p.pkg);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = !isRoot && has('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  if (!has('apt-get') || (!isRoot && !sudo)) {
    console.error(
      `Missing system packages: ${missing.map((p) => `${p.pkg} (${p.why})`).join(', ')}.\n` +
        `Install them with your package manager (Debian/Ubuntu: sudo apt-get install -y ${names.join(' ')}) and run again.`,
    );
    process.exit(1);
  }
  log(`Installing system packages with apt: ${names.join(' ')}`);
  const prefix = isRoot ? [] : ['sudo', '-n'];
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => run(prefix[0] ?? 'apt-get', [...prefix.slice(1), ...(prefix.length ? ['apt-get'] : []), ...args], { env });
  if (apt(['update', '-qq']) !== 0 || apt(['install', '-y', '-qq', '--no-install-recommends', ...names]) !== 0) {
    console.error(`apt-get could not install ${names.join(' ')}; install them by hand and run again.`);
    process.exit(1);
  }
}

export function build() {
  const code = run(process.execPath, [path.join(root, 'src-main/scripts/build.mjs')]);
  if (code !== 0) process.exit(code);
}

export function electronBinary() {
  try {
    // The electron package resolves to the path of its binary; with the download skipped the file is absent.
    const out = execFileSync(process.execPath, ['-e', 'process.stdout.write(require("electron"))'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return out && existsSync(out) ? out : null;
  } catch {
    return null;
  }
}
