import { existsSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError, type Command } from '../command.js';

export const exportCommand: Command = {
  name: 'export',
  usage: [
    'export csv|json|vcard FILE [--force]',
    '                             Candidates as CSV, the whole vault as JSON, or candidates and contacts as vCard 4',
    'export json-resume FILE --candidate ID [--force]',
    '                             One candidate as JSON Resume',
  ],
  flags: [
    { name: '--force', value: false },
    { name: '--candidate', value: true },
  ],
  async run(ctx) {
    const [kind, file, ...rest] = ctx.args;
    if (!kind || !['csv', 'json', 'vcard', 'json-resume'].includes(kind)) throw new UsageError('export needs a kind: csv, json, vcard or json-resume');
    if (!file || rest.length > 0) throw new UsageError(`export ${kind} takes one FILE`);
    const target = path.resolve(file);
    if (existsSync(target) && !ctx.flags.has('--force')) {
      process.stderr.write(`rapport: ${file} already exists (use --force to overwrite)\n`);
      return 1;
    }
    const candidate = kind === 'json-resume' ? ctx.intFlag('--candidate', 0, 1, Number.MAX_SAFE_INTEGER) : 0;
    if (kind === 'json-resume' && candidate === 0) throw new UsageError('export json-resume needs --candidate ID');
    const locked = await ctx.unlock();
    if (locked) return ctx.fail(locked);
    let content: string;
    let summary: Record<string, unknown>;
    if (kind === 'json') {
      // Streamed to the file by the core: a large vault's export does not fit in one string. Stopped with Ctrl-C,
      // it leaves no half-written FILE.partial behind (the core writes there, then renames).
      const partials = [`${target}.partial`];
      try {
        partials.push(`${realpathSync(target)}.partial`);
      } catch {
        // No such file yet.
      }
      const stop = (signal: NodeJS.Signals) => {
        for (const p of partials) rmSync(p, { force: true });
        process.stderr.write(`rapport: export stopped (${signal}); ${file} was not written\n`);
        process.exit(signal === 'SIGINT' ? 130 : 143);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      const result = await ctx.core().dispatch('export:vault-json-file', { file: target, overwrite: ctx.flags.has('--force') });
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      if (!result.ok) return ctx.fail(result);
      const v = result.value as { file: string; bytes: number; tables: Record<string, number>; ms: number };
      ctx.print({ file: v.file, bytes: v.bytes, tables: v.tables, ms: v.ms });
      return 0;
    } else if (kind === 'json-resume') {
      const result = await ctx.core().dispatch('export:json-resume', { candidateId: candidate });
      if (!result.ok) return ctx.fail(result);
      content = (result.value as { json: string }).json;
      summary = { candidateId: candidate };
    } else {
      const result = await ctx.core().dispatch(kind === 'csv' ? 'export:candidates-csv' : 'export:vcard', {});
      if (!result.ok) return ctx.fail(result);
      const v = result.value as { content: string; count: number };
      content = v.content;
      summary = { count: v.count };
    }
    writeFileSync(target, content, 'utf8');
    ctx.print({ file: target, bytes: Buffer.byteLength(content), ...summary });
    return 0;
  },
};
