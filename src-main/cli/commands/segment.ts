import type { SegmentSummary } from '../../../src-shared/ipc/contracts/segments.js';
import { UsageError, type Command } from '../command.js';

const BARS = '▁▂▃▄▅▆▇█';

/** A sparkline in block characters (plain digits when piped would lose the shape; the characters are UTF-8 text). */
export function sparkline(counts: readonly number[]): string {
  if (counts.length === 0) return '';
  const min = Math.min(...counts);
  const max = Math.max(...counts);
  return counts.map((n) => BARS[max === min ? 3 : Math.round(((n - min) / (max - min)) * (BARS.length - 1))]).join('');
}

const fit = (text: string, width: number): string => {
  const chars = [...text];
  return (chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : text).padEnd(width);
};

export function formatSegments(items: SegmentSummary[]): string {
  if (items.length === 0) return 'No segments yet. Save one from the Segments screen or with: rapport call segments:create-segment \'{"name":…,"definition":…}\'';
  const header = `${'ID'.padStart(5)}  ${fit('Name', 32)}  ${'Members'.padStart(8)}  ${fit('Last 30 days', 30)}`;
  const lines = [header, '-'.repeat(header.length)];
  for (const s of items) lines.push(`${String(s.id).padStart(5)}  ${fit(s.name, 32)}  ${String(s.count).padStart(8)}  ${sparkline(s.history.map((h) => h.count))}`);
  return lines.join('\n');
}

/**
 * The definition as typed: a whole root group, a single condition, or an array of conditions (all must
 * match). Anything else is left for the contract to reject with a precise message.
 */
export function parseDefinitionArg(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError('The segment must be JSON, e.g. \'{"kind":"skills","mode":"any","values":["Java"]}\'');
  }
  if (Array.isArray(value)) return { kind: 'group', op: 'and', children: value };
  if (value && typeof value === 'object' && (value as { kind?: unknown }).kind !== 'group') return { kind: 'group', op: 'and', children: [value] };
  return value;
}

export const segmentCommand: Command = {
  name: 'segment',
  usage: [
    "segment count '<ast json>' [--json]",
    '                             Members of a segment definition (a group, one condition, or an array of conditions)',
    'segment list [--json]        Saved segments with their member counts and 30-day trend',
  ],
  flags: [{ name: '--json', value: false }],
  async run(ctx) {
    const [sub, ...rest] = ctx.args;
    if (sub === 'count') {
      if (rest.length !== 1) throw new UsageError("segment count takes one JSON argument; quote it: rapport segment count '{\"kind\":\"group\",…}'");
      const definition = parseDefinitionArg(rest[0]!);
      const locked = await ctx.unlock();
      if (locked) return ctx.fail(locked);
      const result = await ctx.core().dispatch('segments:count-members', { definition });
      if (!result.ok) return ctx.fail(result);
      const value = result.value as { count: number; ms: number };
      if (ctx.flags.has('--json')) ctx.print(value);
      else process.stdout.write(`${value.count}\n`);
      return 0;
    }
    if (sub === 'list') {
      if (rest.length > 0) throw new UsageError('segment list takes no arguments');
      const locked = await ctx.unlock();
      if (locked) return ctx.fail(locked);
      const result = await ctx.core().dispatch('segments:list-segments', {});
      if (!result.ok) return ctx.fail(result);
      const { items } = result.value as { items: SegmentSummary[] };
      if (ctx.flags.has('--json')) ctx.print({ items });
      else process.stdout.write(`${formatSegments(items)}\n`);
      return 0;
    }
    throw new UsageError(sub ? `Unknown segment command "${sub}": use count or list` : 'segment needs a command: count or list');
  },
};
