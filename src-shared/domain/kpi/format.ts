import type { KpiUnit } from './definitions.js';

/** One formatting for the dashboard and the PDF, so a number reads the same on screen and on paper. */
export function formatKpiValue(value: number | null, unit: KpiUnit, options: { currency?: string | undefined; locale?: string } = {}): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const locale = options.locale ?? 'en-US';
  const n = (digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  switch (unit) {
    case 'count':
      return n(value < 10 && !Number.isInteger(value) ? 1 : 0).format(value);
    case 'money':
      return `${options.currency ? `${options.currency} ` : ''}${n(0).format(value)}`;
    case 'days':
      return `${n(1).format(value)} d`;
    case 'hours':
      return `${n(1).format(value)} h`;
    case 'percent':
      return `${n(value < 10 ? 1 : 0).format(value)}%`;
    case 'score':
      return `${value > 0 ? '+' : ''}${n(0).format(value)}`;
  }
}

/** The change against the previous period as shown next to a value: "+2.5 d", "−4 pts", "+12%". */
export function formatChange(delta: number | null, unit: KpiUnit, options: { locale?: string } = {}): string {
  if (delta === null || !Number.isFinite(delta)) return '—';
  const locale = options.locale ?? 'en-US';
  const abs = Math.abs(delta);
  const f = (digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(abs);
  // A change that rounds to zero at the precision shown is written as no change.
  const digits = unit === 'percent' || unit === 'days' || unit === 'hours' || (abs < 10 && !Number.isInteger(abs)) ? 1 : 0;
  const sign = Number(abs.toFixed(digits)) === 0 ? '±' : delta > 0 ? '+' : '−';
  switch (unit) {
    case 'percent':
      return `${sign}${f(1)} pts`;
    case 'days':
      return `${sign}${f(1)} d`;
    case 'hours':
      return `${sign}${f(1)} h`;
    default:
      return `${sign}${f(abs < 10 && !Number.isInteger(abs) ? 1 : 0)}`;
  }
}

/** "1 Feb 2026" — dates written out, never as ambiguous numbers, in reports sent across borders. */
export function formatDay(date: string): string {
  const d = new Date(`${date.slice(0, 10)}T00:00:00.000Z`);
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d);
}
