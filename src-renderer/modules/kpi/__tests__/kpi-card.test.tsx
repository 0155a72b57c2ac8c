import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { KpiCard as Kpi } from '../../../../src-shared/domain/kpi/dashboard.js';
import { KpiCard } from '../components/KpiCard.js';
import { defaultFilter, presetOf, presetRange } from '../filter.js';

afterEach(() => cleanup());

const kpi = (over: Partial<Kpi>): Kpi => ({
  id: 'time_to_fill',
  label: 'Time to fill',
  unit: 'days',
  better: 'lower',
  value: 38.25,
  previous: 41,
  target: 42,
  status: 'met',
  change: { delta: -2.75, relative: -0.067, improved: true },
  basis: 12,
  detail: 'median 36 d · 12 hires',
  ...over,
});

describe('KPI card', () => {
  it('shows the value, the change against the previous period and the target', () => {
    render(<KpiCard kpi={kpi({})} previousLabel="previous" />);
    expect(screen.getByTestId('kpi-value')).toHaveTextContent('38.3 d');
    expect(screen.getByTestId('kpi-change')).toHaveTextContent('▼ −2.8 d · previous 41 d');
    expect(screen.getByTestId('kpi-target')).toHaveTextContent('On target · 42 d');
    expect(screen.getByRole('button', { name: 'How time to fill is defined' })).toBeInTheDocument();
  });
  it('treats a change too small to show as no change', () => {
    render(<KpiCard kpi={kpi({ value: 7.02, previous: 7, change: { delta: 0.02, relative: 0.003, improved: false } })} previousLabel="previous" />);
    expect(screen.getByTestId('kpi-change')).toHaveTextContent('±0 d · previous 7 d');
  });
  it('says when there is nothing yet', () => {
    render(<KpiCard kpi={kpi({ id: 'csat', unit: 'percent', value: null, previous: null, change: { delta: null, relative: null, improved: null } })} previousLabel="previous" />);
    expect(screen.getByTestId('kpi-value')).toHaveTextContent('—');
    expect(screen.getByTestId('kpi-change')).toHaveTextContent('No data yet');
  });
});

describe('filter presets', () => {
  it('the default is the last 90 days ending today (UTC)', () => {
    const now = new Date('2026-04-30T23:30:00Z');
    expect(defaultFilter(now)).toMatchObject({ from: '2026-01-31', to: '2026-04-30', clientId: null });
    expect(presetOf(presetRange('365d', now), now)).toBe('365d');
    expect(presetOf({ from: '2026-01-01', to: '2026-01-02' }, now)).toBe('custom');
  });
});
