import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rapport, repoRoot, startServe } from '../helpers/cli.js';
import { callIpc } from '../helpers/http.js';
import { tempDir } from '../helpers/tmp.js';

const PASS = { RAPPORT_PASSPHRASE: 'cli test passphrase' };
let tmp: ReturnType<typeof tempDir>;
let dataDir: string;

beforeAll(() => {
  tmp = tempDir();
  dataDir = path.join(tmp.dir, 'vault');
});
afterAll(() => tmp.cleanup());

describe('rapport CLI', () => {
  it('prints usage and exits 2 for no command, an unknown command or a bad option', () => {
    for (const args of [[], ['frobnicate'], ['demo', '--bogus'], ['serve', '--port', 'abc'], ['demo', '--candidates']]) {
      const res = rapport(['--data-dir', dataDir, ...args]);
      expect(res.code, args.join(' ')).toBe(2);
      expect(res.stderr + res.stdout).toContain('Usage: rapport');
    }
  });

  it('help exits 0 and lists every command', () => {
    const res = rapport(['--help']);
    expect(res.code).toBe(0);
    for (const cmd of ['init', 'serve', 'demo', 'call']) expect(res.stdout).toContain(`  ${cmd}`);
  });

  it('call --list prints every channel with its request schema as JSON Schema', () => {
    const res = rapport(['call', '--list']);
    expect(res.code).toBe(0);
    const json = JSON.parse(res.stdout) as { channels: { channel: string; request: { type?: string; properties?: object } }[] };
    const create = json.channels.find((c) => c.channel === 'candidates:create-candidate');
    expect(create?.request.type).toBe('object');
    expect(create?.request.properties).toHaveProperty('firstName');
    expect(json.channels.map((c) => c.channel)).toContain('vault:unlock');
  });

  it('init creates a vault; a second init fails with exit 1', () => {
    const first = rapport(['--data-dir', dataDir, 'init'], PASS);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('Created an encrypted vault');
    const again = rapport(['--data-dir', dataDir, 'init'], PASS);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
  });

  it('without a terminal or RAPPORT_PASSPHRASE it says how to give the passphrase', () => {
    const res = rapport(['--data-dir', dataDir, 'call', 'candidates:list-candidates'], { RAPPORT_PASSPHRASE: '' });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('RAPPORT_PASSPHRASE');
  });

  it('demo loads sample data; call prints Results and exits 0 only for ok', () => {
    const demo = rapport(['--data-dir', dataDir, 'demo', '--candidates', '120', '--seed', '7'], PASS);
    expect(demo.code, demo.stderr).toBe(0);
    expect(JSON.parse(demo.stdout)).toMatchObject({ counts: { candidates: 120 } });
    const list = rapport(['--data-dir', dataDir, 'call', 'candidates:list-candidates', '{"limit":3}'], PASS);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toMatchObject({ ok: true, value: { total: 120 } });
    const bad = rapport(['--data-dir', dataDir, 'call', 'candidates:list-candidates', '{"limit":0}'], PASS);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'limit' } });
    const wrong = rapport(['--data-dir', dataDir, 'call', 'candidates:list-candidates'], { RAPPORT_PASSPHRASE: 'not it at all' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('passphrase is not correct');
    const notJson = rapport(['--data-dir', dataDir, 'call', 'candidates:list-candidates', '{nope'], PASS);
    expect(notJson.code).toBe(2);
  });

  it('serve prints the documented start line and answers IPC with the token', async () => {
    // The renderer must exist for serve; tests may run before a full build, so give it a minimal one if needed.
    const indexFile = path.join(repoRoot, 'dist/renderer/index.html');
    const { existsSync } = await import('node:fs');
    if (!existsSync(indexFile)) {
      mkdirSync(path.dirname(indexFile), { recursive: true });
      writeFileSync(indexFile, '<!doctype html><title>Rapport</title>');
    }
    const server = await startServe(dataDir);
    try {
      const status = await callIpc(server.port, server.token, 'vault:get-status', {});
      expect(status.json).toMatchObject({ ok: true, value: { state: 'locked', protection: 'passphrase' } });
      const unauth = await callIpc(server.port, 'wrong-token', 'vault:get-status', {});
      expect(unauth.status).toBe(401);
    } finally {
      server.child.kill('SIGTERM');
    }
  });
});
