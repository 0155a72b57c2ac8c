import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isDate } from '../../../src-shared/domain/kpi/time.js';
import type { PdfFile } from '../../../src-shared/domain/kpi/reports.js';
import { UsageError, type Command } from '../command.js';

export const reportCommand: Command = {
  name: 'report',
  usage: [
    'report kpi --from DATE --to DATE --out FILE.pdf [--client ID] [--job ID] [--recruiter ID] [--source NAME] [--force]',
    '                             KPI report (PDF) for a period (dates as YYYY-MM-DD, inclusive)',
    'report candidate ID --out FILE.pdf [--anonymize] [--force]',
    '                             Candidate profile (PDF) to send to a client; --anonymize drops contact details and the name',
  ],
  flags: [
    { name: '--from', value: true },
    { name: '--to', value: true },
    { name: '--out', value: true },
    { name: '--client', value: true },
    { name: '--job', value: true },
    { name: '--recruiter', value: true },
    { name: '--source', value: true },
    { name: '--anonymize', value: false },
    { name: '--force', value: false },
  ],
  async run(ctx) {
    const [kind, ...rest] = ctx.args;
    if (kind !== 'kpi' && kind !== 'candidate') throw new UsageError('report needs a kind: kpi or candidate');
    const out = ctx.stringFlag('--out');
    if (!out) throw new UsageError(`report ${kind} needs --out FILE.pdf`);
    const target = path.resolve(out);
    let call: () => Promise<{ ok: true; value: unknown } | { ok: false; error: { code: string; message: string } }>;
    if (kind === 'kpi') {
      if (rest.length > 0) throw new UsageError('report kpi takes no positional arguments');
      const from = ctx.stringFlag('--from');
      const to = ctx.stringFlag('--to');
      if (!from || !to || !isDate(from) || !isDate(to)) throw new UsageError('report kpi needs --from and --to as YYYY-MM-DD');
      if (ctx.flags.has('--anonymize')) throw new UsageError('--anonymize applies to candidate profiles');
      const id = (name: string) => (ctx.flags.has(name) ? ctx.intFlag(name, 0, 1, Number.MAX_SAFE_INTEGER) : null);
      const filter = { from, to, clientId: id('--client'), jobId: id('--job'), recruiterId: id('--recruiter'), source: ctx.stringFlag('--source') ?? null };
      call = () => ctx.core().dispatch('reports:generate-kpi-report', { filter });
    } else {
      if (rest.length !== 1) throw new UsageError('report candidate takes one candidate ID');
      const candidateId = Number(rest[0]);
      if (!Number.isInteger(candidateId) || candidateId < 1) throw new UsageError('The candidate ID must be a positive whole number');
      for (const f of ['--from', '--to', '--client', '--job', '--recruiter', '--source']) {
        if (ctx.flags.has(f)) throw new UsageError(`${f} applies to KPI reports`);
      }
      call = () => ctx.core().dispatch('reports:generate-candidate-profile', { candidateId, anonymize: ctx.flags.has('--anonymize') });
    }
    if (existsSync(target) && !ctx.flags.has('--force')) {
      process.stderr.write(`rapport: ${out} already exists (use --force to overwrite)\n`);
      return 1;
    }
    const locked = await ctx.unlock();
    if (locked) return ctx.fail(locked);
    // Progress on stderr for long reports (the summaries of a big vault are built on first use).
    const off = ctx.core().subscribe((name, payload) => {
      if (name !== 'job:progress') return;
      const p = payload as { kind: string; phase: string; done: number; total: number };
      if (process.stderr.isTTY && (p.kind === 'kpi' || p.kind === 'report')) process.stderr.write(`\r${p.phase}: ${Math.round((p.done / Math.max(1, p.total)) * 100)}%   `);
    });
    const result = await call();
    off();
    if (process.stderr.isTTY) process.stderr.write('\n');
    if (!result.ok) return ctx.fail(result as never);
    const file = result.value as PdfFile;
    writeFileSync(target, Buffer.from(file.base64, 'base64'));
    ctx.print({ file: target, bytes: file.bytes, pages: file.pages, ms: file.ms });
    return 0;
  },
};
