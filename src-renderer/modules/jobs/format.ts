import type { JobStatus } from '../../../src-shared/domain/job.js';

export const jobStatusLabel: Record<JobStatus, string> = {
  draft: 'Draft',
  open: 'Open',
  on_hold: 'On hold',
  filled: 'Filled',
  closed: 'Closed',
};

export const jobStatusColor: Record<JobStatus, 'default' | 'success' | 'warning' | 'info'> = {
  draft: 'default',
  open: 'success',
  on_hold: 'warning',
  filled: 'info',
  closed: 'default',
};

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
export const formatDate = (iso: string | null): string => {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : dateFormat.format(d);
};

export const place = (city: string, country: string): string => [city, country].filter(Boolean).join(', ');

export function salaryText(min: number | null, max: number | null, currency: string): string {
  const n = new Intl.NumberFormat();
  const cur = currency ? ` ${currency}` : '';
  if (min !== null && max !== null) return `${n.format(min)}–${n.format(max)}${cur}`;
  if (min !== null) return `from ${n.format(min)}${cur}`;
  if (max !== null) return `up to ${n.format(max)}${cur}`;
  return 'Not given';
}
