import { operatorHint, type TextSegment } from '../../../src-shared/domain/search-query.js';
import type { SearchResult } from '../../../src-shared/ipc/contracts/search.js';
import { UsageError, type Command } from '../command.js';

/** Matched words: bold in a terminal, [bracketed] when piped, so the output stays plain text. */
const render = (segments: TextSegment[], tty: boolean): string =>
  segments.map((s) => (s.match ? (tty ? `\u001b[1m${s.text}\u001b[22m` : `[${s.text}]`) : s.text)).join('').replace(/\s+/g, ' ').trim();

/** Cuts to a column width, counting characters rather than UTF-16 units. */
const fit = (text: string, width: number): string => {
  const chars = [...text];
  return (chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : text).padEnd(width);
};

export function formatResults(items: SearchResult[], total: number, offset: number, tty: boolean, query = ''): string {
  const hint = operatorHint(query);
  if (items.length === 0) return total === 0 ? `No candidates match.${hint ? ` ${hint}` : ''}` : `No results on this page (${total} in total).`;
  const header = `${'ID'.padStart(7)}  ${fit('Name', 24)}  ${fit('Title', 28)}  ${fit('Company', 20)}  ${fit('Location', 18)}  Score`;
  const lines = [header, '-'.repeat(header.length)];
  for (const r of items) {
    const location = [r.city, r.country].filter(Boolean).join(', ');
    lines.push(
      `${String(r.id).padStart(7)}  ${fit(r.displayName, 24)}  ${fit(r.currentTitle, 28)}  ${fit(r.currentCompany, 20)}  ${fit(location, 18)}  ${r.score.toFixed(2)}`,
    );
    const snippet = render(r.snippet, tty);
    if (snippet) lines.push(`         ${snippet}`);
  }
  lines.push('', `${offset + 1}–${offset + items.length} of ${total}`);
  return lines.join('\n');
}

export const searchCommand: Command = {
  name: 'search',
  usage: [
    'search "<query>" [--limit N] [--offset N] [--json]',
    '                             Full-text candidate search: words, "phrases", OR, NOT/-term, prefix*,',
    '                             skill: title: company: location: tag: source: name: notes: resume:',
  ],
  flags: [
    { name: '--limit', value: true },
    { name: '--offset', value: true },
    { name: '--json', value: false },
  ],
  async run(ctx) {
    if (ctx.args.length !== 1) throw new UsageError('search takes one query; quote it: rapport search "java london"');
    const limit = ctx.intFlag('--limit', 20, 1, 200);
    const offset = ctx.intFlag('--offset', 0, 0, 10_000);
    const locked = await ctx.unlock();
    if (locked) return ctx.fail(locked);
    const result = await ctx.core().dispatch('search:search-candidates', { query: ctx.args[0], limit, offset });
    if (!result.ok) return ctx.fail(result);
    const page = result.value as { items: SearchResult[]; total: number; offset: number };
    if (ctx.flags.has('--json')) ctx.print(page);
    else process.stdout.write(`${formatResults(page.items, page.total, page.offset, Boolean(process.stdout.isTTY), ctx.args[0])}\n`);
    return 0;
  },
};
