import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rapport } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const PASS = { RAPPORT_PASSPHRASE: 'segment cli passphrase' };
let tmp: ReturnType<typeof tempDir>;
let dataDir: string;
const cli = (...args: string[]) => rapport(['--data-dir', dataDir, ...args], PASS);

beforeAll(() => {
  tmp = tempDir();
  dataDir = path.join(tmp.dir, 'vault');
  expect(cli('init').code).toBe(0);
  expect(cli('demo', '--candidates', '120', '--seed', '7').code).toBe(0);
});
afterAll(() => tmp.cleanup());

describe('rapport segment', () => {
  it('count takes a definition, one condition or an array of conditions', () => {
    const all = cli('segment', 'count', '{"kind":"group","op":"and","children":[]}');
    expect(all).toMatchObject({ code: 0, stdout: '120\n' });
    const one = cli('segment', 'count', '{"kind":"location","places":[{"country":"GB"}]}');
    const arr = cli('segment', 'count', '[{"kind":"location","places":[{"country":"GB"}]}]');
    expect(one.code).toBe(0);
    expect(Number(one.stdout)).toBeGreaterThan(0);
    expect(Number(one.stdout)).toBeLessThan(120);
    expect(arr.stdout).toBe(one.stdout);
    const json = JSON.parse(cli('segment', 'count', '{"kind":"text","query":"engineer"}', '--json').stdout) as { count: number; ms: number };
    expect(json.count).toBeGreaterThan(0);
  });

  it('bad JSON is a usage error (2); an invalid definition names the field (1)', () => {
    const bad = cli('segment', 'count', '{nope');
    expect(bad.code).toBe(2);
    const invalid = cli('segment', 'count', '{"kind":"skills","mode":"any","values":[]}');
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/Pick at least one skill/);
  });

  it('list shows saved segments with counts and a trend', () => {
    expect(cli('segment', 'list').stdout).toMatch(/No segments yet/);
    const created = cli('call', 'segments:create-segment', JSON.stringify({ name: 'In Britain', definition: { kind: 'group', op: 'and', children: [{ kind: 'location', places: [{ country: 'GB' }] }] } }));
    expect(created.code).toBe(0);
    const list = cli('segment', 'list');
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/In Britain\s+\d+\s+▄/);
    const json = JSON.parse(cli('segment', 'list', '--json').stdout) as { items: { name: string; count: number }[] };
    expect(json.items.map((i) => i.name)).toEqual(['In Britain']);
  });
});
