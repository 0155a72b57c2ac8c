import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rapport, repoRoot } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { encryptedPdf, scannedPdf, textDocx } from '../fixtures/resumes/files.js';
import { generateResumes, renderPdf, renderText } from '../fixtures/resumes/generate.js';

const PASS = { RAPPORT_PASSPHRASE: 'cli import passphrase' };
const linkedin = path.resolve(import.meta.dirname, '../fixtures/csv/linkedin-connections.csv');
let tmp: ReturnType<typeof tempDir>;
let vault: string;
const run = (...args: string[]) => rapport(['--data-dir', vault, ...args], PASS);
const json = (res: { stdout: string }) => JSON.parse(res.stdout) as Record<string, unknown> & { counts: Record<string, number> };

beforeAll(() => {
  tmp = tempDir('rapport-cli-import-');
  vault = path.join(tmp.dir, 'vault');
  const init = run('init');
  expect(init.code, init.stderr).toBe(0);
});
afterAll(() => tmp.cleanup());

describe('rapport import / export (CLI)', () => {
  it('import csv: dry run first, then the LinkedIn export with skipped rows written to an error file', { timeout: 300_000 }, () => {
    const dry = run('import', 'csv', linkedin, '--dry-run');
    expect(dry.code, dry.stderr).toBe(0);
    expect(json(dry)).toMatchObject({ outcome: 'dry-run', preset: 'linkedin-connections', counts: { created: 4, invalid: 1, duplicate: 1 } });
    // The check says what the real run would do with the invalid row.
    expect(dry.stderr).toContain('1 invalid row(s): as it stands the import would import nothing (--on-error abort, the default)');

    const abort = run('import', 'csv', linkedin);
    expect(abort.code).toBe(1);
    expect(abort.stderr).toContain('nothing was imported');

    const errorFile = path.join(tmp.dir, 'rejected.csv');
    const skip = run('import', 'csv', linkedin, '--preset', 'linkedin-connections', '--on-error', 'skip', '--error-file', errorFile);
    expect(skip.code, skip.stderr).toBe(0);
    const out = json(skip);
    expect(out).toMatchObject({ outcome: 'committed', counts: { created: 4, invalid: 1 }, errorFile });
    expect(readFileSync(errorFile, 'utf8')).toContain('Import error');
    const list = rapport(['--data-dir', vault, 'call', 'candidates:list-candidates', '{"limit":10}'], PASS);
    expect(JSON.parse(list.stdout)).toMatchObject({ ok: true, value: { total: 4 } });
  });

  it('import csv: a German export maps Vorname/Nachname/Firma/Ort, and a column nobody knows is named on stderr', { timeout: 300_000 }, () => {
    const file = path.join(tmp.dir, 'kontakte.csv');
    // Windows-1252, semicolons, as Excel saves it in Germany.
    writeFileSync(file, Buffer.from('Vorname;Nachname;E-Mail;Telefon;Firma;Ort;Lieblingsfarbe\r\nJürgen;Müller;juergen@example.de;+49 89 1234567;Müller AG;München;blau\r\n', 'latin1'));
    const dry = run('import', 'csv', file, '--dry-run');
    expect(dry.code, dry.stderr).toBe(0);
    expect(json(dry)).toMatchObject({ outcome: 'dry-run', encoding: 'windows-1252', unmappedColumns: ['Lieblingsfarbe'], counts: { created: 1 } });
    expect(dry.stderr).toContain('column "Lieblingsfarbe" would be left out: no candidate field has that name');
    const real = run('import', 'csv', file);
    expect(real.code, real.stderr).toBe(0);
    expect(real.stderr).toContain('column "Lieblingsfarbe" was left out');
    const found = rapport(['--data-dir', vault, 'call', 'search:search-candidates', '{"query":"company:\\"Müller AG\\" location:münchen"}'], PASS);
    expect(JSON.parse(found.stdout)).toMatchObject({ ok: true, value: { total: 1, items: [{ displayName: 'Jürgen Müller' }] } });
  });

  it('import csv: bad options are usage errors (exit 2)', { timeout: 300_000 }, () => {
    for (const args of [['import', 'csv'], ['import', 'csv', linkedin, '--on-error', 'maybe'], ['import', 'csv', linkedin, '--preset', 'nope'], ['import', 'pdf', 'x'], ['import', 'csv', path.join(tmp.dir, 'missing.csv')]]) {
      expect(run(...args).code, args.join(' ')).toBe(2);
    }
  });

  it('import resumes: checks without --yes, imports with it, with a reason per bad file', { timeout: 300_000 }, async () => {
    const dir = path.join(tmp.dir, 'cvs');
    mkdirSync(path.join(dir, 'nested'), { recursive: true });
    const [a, b] = generateResumes(2, 314);
    writeFileSync(path.join(dir, 'a.pdf'), await renderPdf(a!));
    writeFileSync(path.join(dir, 'nested', 'b.txt'), renderText(b!));
    writeFileSync(path.join(dir, 'jane.docx'), textDocx());
    writeFileSync(path.join(dir, 'locked.pdf'), await encryptedPdf());
    writeFileSync(path.join(dir, 'scan.pdf'), await scannedPdf());
    writeFileSync(path.join(dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));

    const check = run('import', 'resumes', dir);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stderr).toContain('--yes');
    expect(json(check)).toMatchObject({ dryRun: true, counts: { total: 5, created: 3, failed: 2 } });

    const real = run('import', 'resumes', dir, '--yes');
    expect(real.code, real.stderr).toBe(0);
    const out = json(real) as { counts: Record<string, number>; files: { file: string; status: string; reason?: string }[] };
    expect(out.counts).toEqual({ total: 5, created: 3, attached: 0, duplicateFile: 0, failed: 2 });
    expect(out.files.find((f) => f.file.endsWith('scan.pdf'))).toMatchObject({ status: 'failed', reason: 'no text layer — scanned PDF, OCR not supported' });
    expect(out.files.find((f) => f.file.endsWith('locked.pdf'))).toMatchObject({ status: 'failed', reason: 'password-protected PDF — remove the password and import it again' });
    // Left out of the folder unread, and said so with the reason.
    expect(out.files.filter((f) => f.status === 'skipped').map((f) => [path.basename(f.file), f.reason])).toEqual([['photo.jpg', expect.stringContaining('OCR not supported')]]);

    const again = run('import', 'resumes', path.join(dir, 'a.pdf'), '--yes');
    expect(json(again).counts).toMatchObject({ duplicateFile: 1 });
  });

  // Each step is a whole CLI process (start, unlock, work): generous timeouts for a busy 2-core machine.
  it('export csv | json | vcard | json-resume, and the JSON restores into an empty vault', { timeout: 300_000 }, () => {
    const files = { csv: path.join(tmp.dir, 'c.csv'), json: path.join(tmp.dir, 'v.json'), vcard: path.join(tmp.dir, 'c.vcf'), resume: path.join(tmp.dir, 'r.json') };
    for (const kind of ['csv', 'json', 'vcard'] as const) {
      const res = run('export', kind, files[kind]);
      expect(res.code, res.stderr).toBe(0);
      expect(existsSync(files[kind])).toBe(true);
    }
    expect(readFileSync(files.csv, 'utf8').startsWith('\ufeffFirst Name,')).toBe(true);
    expect(readFileSync(files.vcard, 'utf8')).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
    const overwrite = run('export', 'csv', files.csv);
    expect(overwrite.code).toBe(1);
    expect(overwrite.stderr).toContain('--force');
    expect(run('export', 'csv', files.csv, '--force').code).toBe(0);
    const resume = run('export', 'json-resume', files.resume, '--candidate', '1');
    expect(resume.code, resume.stderr).toBe(0);
    expect(JSON.parse(readFileSync(files.resume, 'utf8'))).toHaveProperty('basics.name');
    expect(run('export', 'json-resume', files.resume, '--force').code).toBe(2);

    const copy = path.join(tmp.dir, 'copy');
    expect(rapport(['--data-dir', copy, 'init'], PASS).code).toBe(0);
    const restore = rapport(['--data-dir', copy, 'import', 'json', files.json], PASS);
    expect(restore.code, restore.stderr).toBe(0);
    const original = JSON.parse(readFileSync(files.json, 'utf8')) as { tables: Record<string, { rows: unknown[] }> };
    expect(json(restore)).toMatchObject({ tables: { candidates: original.tables.candidates!.rows.length, attachments: original.tables.attachments!.rows.length } });
    // A second restore into the now non-empty vault is refused.
    expect(rapport(['--data-dir', copy, 'import', 'json', files.json], PASS).code).toBe(1);
    // And the JSON Resume goes back in as a duplicate of candidate 1 in the copy.
    const jr = rapport(['--data-dir', copy, 'import', 'json-resume', files.resume], PASS);
    expect(jr.code, jr.stderr).toBe(0);
    expect(JSON.parse(jr.stdout)).toMatchObject({ status: 'duplicate', candidateId: 1 });
  });

  it('export json stopped with Ctrl-C leaves neither the file nor a half-written FILE.partial', { timeout: 300_000 }, async () => {
    const big = path.join(tmp.dir, 'big');
    expect(rapport(['--data-dir', big, 'init'], PASS).code).toBe(0);
    expect(rapport(['--data-dir', big, 'demo', '--candidates', '3000'], PASS).code).toBe(0);
    const out = path.join(tmp.dir, 'stopped.json');
    const child = spawn(process.execPath, [path.join(repoRoot, 'src-main/cli/launcher.cjs'), '--data-dir', big, 'export', 'json', out], { cwd: repoRoot, env: { ...process.env, ...PASS }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    // Stopped while it writes: as soon as the partial file exists.
    const started = Date.now();
    while (!existsSync(`${out}.partial`) && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 5));
    expect(existsSync(`${out}.partial`), 'the export started writing').toBe(true);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toContain('export stopped (SIGINT)');
    expect(existsSync(`${out}.partial`)).toBe(false);
    expect(existsSync(out)).toBe(false);
  });
});

