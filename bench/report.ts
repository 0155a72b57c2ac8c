// The printed table. Every figure is shown next to its baseline and the ratio (app ÷ baseline), so a slow
// machine reads the same as a fast one: ratios, not absolute times, are what carry between machines.
import type { MemorySnapshot, Metric, Target, Unit } from './harness.js';

export interface SuiteRecord {
  suite: string;
  title: string;
  app: string;
  baseline: string;
  scale: number;
  ms: number;
  memory: MemorySnapshot;
  metrics: Metric[];
  error?: string;
}

const scaleLabel = (n: number): string => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));

export function formatValue(value: number | undefined, unit: Unit): string {
  if (value === undefined) return '';
  if (!Number.isFinite(value)) return 'n/a';
  switch (unit) {
    case 'ms': {
      const digits = value < 1 ? 3 : value < 10 ? 2 : value < 100 ? 1 : 0;
      return `${value.toFixed(digits)} ms`;
    }
    case 'µs':
      return `${value.toFixed(1)} µs`;
    case 'rows/s':
      return `${Math.round(value).toLocaleString('en-US')} rows/s`;
    case 'files/s':
      return `${value.toFixed(value < 10 ? 1 : 0)} files/s`;
    case 'fraction':
      return value.toFixed(3);
    case 'MiB':
      return `${Number.isInteger(value) ? value : value.toFixed(1)} MiB`;
    case 'count':
      return Math.round(value).toLocaleString('en-US');
  }
}

const formatRatio = (r: number | undefined): string => (r === undefined ? '' : Number.isFinite(r) ? `×${r.toFixed(2)}` : 'n/a');

const formatTarget = (t: Target | undefined, unit: Unit): string => {
  if (!t) return '';
  const op = t.kind === 'max' ? '≤' : '≥';
  return t.on === 'ratio' ? `ratio ${op} ${t.value}` : `${op} ${formatValue(t.value, unit)}`;
};

function table(rows: string[][], indent: string): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows
    .map((r) => indent + r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd())
    .join('\n');
}

/** Grouped by suite, then scale, in the order the registry lists the suites. */
export function renderReport(records: readonly SuiteRecord[]): string {
  const out: string[] = [];
  const order = [...new Set(records.map((r) => r.suite))];
  const sorted = [...records].sort((a, b) => order.indexOf(a.suite) - order.indexOf(b.suite) || a.scale - b.scale);
  let misses = 0;
  let passes = 0;
  for (const rec of sorted) {
    out.push('', `── ${rec.suite} @ ${scaleLabel(rec.scale)} candidates: ${rec.title}  (${(rec.ms / 1000).toFixed(1)} s)`);
    out.push(`   app = ${rec.app}; baseline = ${rec.baseline}`);
    if (rec.error) {
      out.push(`   CRASHED: ${rec.error.split('\n')[0]}`);
      continue;
    }
    const rows = [['metric', 'app', 'baseline', 'ratio', 'target', 'result']];
    for (const m of rec.metrics) {
      if (m.status === 'PASS') passes++;
      if (m.status === 'MISS') misses++;
      rows.push([m.name, formatValue(m.app, m.unit), formatValue(m.baseline, m.unit), formatRatio(m.ratio), formatTarget(m.target, m.unit), m.status ?? '']);
    }
    out.push(table(rows, '   '));
    out.push(`   memory after: rss ${rec.memory.rssMiB} MiB, heap ${rec.memory.heapUsedMiB} MiB, peak rss so far ${rec.memory.maxRssMiB} MiB`);
  }
  const crashed = records.filter((r) => r.error).length;
  out.push('', `Targets: ${passes} PASS, ${misses} MISS${crashed ? `; ${crashed} suite run(s) CRASHED` : ''}. Ratio = app ÷ baseline (for rows/s and files/s, below 1 is slower).`);
  return out.join('\n');
}
