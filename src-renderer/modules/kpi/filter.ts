import type { KpiFilterInput } from '../../../src-shared/domain/kpi/dashboard.js';
import { addDays } from '../../../src-shared/domain/kpi/time.js';

export type KpiFilterState = Required<{ [K in keyof KpiFilterInput]: Exclude<KpiFilterInput[K], undefined> }>;

export const todayUtc = (now = new Date()): string => now.toISOString().slice(0, 10);

export const PRESETS = [
  { id: '30d', label: 'Last 30 days', days: 30 },
  { id: '90d', label: 'Last 90 days', days: 90 },
  { id: '180d', label: 'Last 6 months', days: 182 },
  { id: '365d', label: 'Last 12 months', days: 365 },
] as const;
export type PresetId = (typeof PRESETS)[number]['id'] | 'custom';

export function presetRange(id: Exclude<PresetId, 'custom'>, now = new Date()): { from: string; to: string } {
  const days = PRESETS.find((p) => p.id === id)!.days;
  const to = todayUtc(now);
  return { from: addDays(to, -(days - 1)), to };
}

/** The default: the last 90 days, all clients, jobs, recruiters, sources. */
export const defaultFilter = (now = new Date()): KpiFilterState => ({
  ...presetRange('90d', now),
  clientId: null,
  jobId: null,
  recruiterId: null,
  source: null,
  segmentId: null,
});

export const presetOf = (f: Pick<KpiFilterState, 'from' | 'to'>, now = new Date()): PresetId =>
  PRESETS.find((p) => {
    const r = presetRange(p.id, now);
    return r.from === f.from && r.to === f.to;
  })?.id ?? 'custom';
