import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rapport } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const PASS = { RAPPORT_PASSPHRASE: 'cli report passphrase' };
let tmp: ReturnType<typeof tempDir>;
let vault: string;
const run = (...args: string[]) => rapport(['--data-dir', vault, ...args], PASS);
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(() => {
  tmp = tempDir('rapport-cli-report-');
  vault = path.join(tmp.dir, 'vault');
  expect(run('init').code).toBe(0);
  const demo = run('demo', '--candidates', '150', '--seed', '9');
  expect(demo.code, demo.stderr).toBe(0);
}, 240_000);
afterAll(() => tmp.cleanup());

describe('rapport report (CLI)', () => {
  it('report kpi writes the KPI report PDF for the period', () => {
    const out = path.join(tmp.dir, 'kpi.pdf');
    const res = run('report', 'kpi', '--from', day(-89), '--to', day(0), '--out', out);
    expect(res.code, res.stderr).toBe(0);
    const printed = JSON.parse(res.stdout) as { file: string; pages: number; bytes: number };
    expect(printed).toMatchObject({ file: out });
    expect(printed.pages).toBeGreaterThan(2);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text).toContain('Northstar Talent Partners');
    expect(text).toMatch(/KPI report: /);
    expect(text).toContain('Appendix: definitions');
    // The placements in the summary equal what `call` reports through the dashboard channel.
    const dash = JSON.parse(run('call', 'kpi:get-dashboard', JSON.stringify({ filter: { from: day(-89), to: day(0) } })).stdout) as {
      value: { cards: { id: string; value: number | null }[] };
    };
    const placements = dash.value.cards.find((c) => c.id === 'placements')!.value;
    expect(text).toMatch(new RegExp(`^\\s*Placements\\s+${placements}\\s`, 'm'));
  });

  it('report candidate --anonymize leaves out every contact point and the name', () => {
    const got = JSON.parse(run('call', 'candidates:get-candidate', '{"id":3}').stdout) as {
      value: { firstName: string; lastName: string; emails: { address: string }[]; phones: { number: string }[] };
    };
    const out = path.join(tmp.dir, 'profile.pdf');
    const res = run('report', 'candidate', '3', '--out', out, '--anonymize');
    expect(res.code, res.stderr).toBe(0);
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    for (const e of got.value.emails) expect(text).not.toContain(e.address);
    for (const p of got.value.phones) expect(text.replace(/\D/g, '')).not.toContain(p.number.replace(/\D/g, '').slice(-7));
    expect(text).not.toMatch(new RegExp(`\\b(${got.value.firstName}|${got.value.lastName})\\b`));
    const full = path.join(tmp.dir, 'profile-full.pdf');
    expect(run('report', 'candidate', '3', '--out', full).code).toBe(0);
    expect(execFileSync('pdftotext', [full, '-'], { encoding: 'utf8' })).toContain(got.value.emails[0]!.address);
  });

  it('refuses to overwrite without --force, and bad arguments are usage errors (exit 2)', () => {
    const out = path.join(tmp.dir, 'exists.pdf');
    writeFileSync(out, 'x');
    expect(run('report', 'candidate', '3', '--out', out).code).toBe(1);
    expect(run('report', 'candidate', '3', '--out', out, '--force').code).toBe(0);
    for (const args of [
      ['report'],
      ['report', 'kpi', '--out', 'x.pdf'],
      ['report', 'kpi', '--from', '2026-13-01', '--to', '2026-01-31', '--out', 'x.pdf'],
      ['report', 'candidate', '--out', 'x.pdf'],
      ['report', 'candidate', 'abc', '--out', 'x.pdf'],
      ['report', 'candidate', '3'],
      ['report', 'kpi', '--from', day(-10), '--to', day(0), '--out', 'x.pdf', '--anonymize'],
    ]) {
      expect(run(...args).code, args.join(' ')).toBe(2);
    }
    expect(existsSync(path.join(tmp.dir, 'x.pdf'))).toBe(false);
    expect(run('report', 'candidate', '999999', '--out', path.join(tmp.dir, 'none.pdf')).code).toBe(1);
  });
});
