import Box from '@mui/material/Box';
import type { ActiveElement, ChartEvent } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import type { DrilldownTarget, KpiDashboard } from '../../../../src-shared/domain/kpi/dashboard.js';
import { formatDay } from '../../../../src-shared/domain/kpi/format.js';
import { baseOptions, useChartColors } from './chart-setup.js';
import { ChartCard } from './ChartCard.js';

const n = new Intl.NumberFormat();
const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(v < 0.1 ? 1 : 0)}%`);
const days = (v: number | null) => (v === null ? '—' : `${v.toFixed(1)} d`);

type Open = (target: DrilldownTarget) => void;

/** A click on a bar or point: the index of the element under the pointer. */
const onElement = (open: (index: number) => void) => (_e: ChartEvent, elements: ActiveElement[]) => {
  const first = elements[0];
  if (first) open(first.index);
};
const pointerOnHover = (e: ChartEvent, elements: ActiveElement[]) => {
  const target = (e.native?.target ?? null) as HTMLElement | null;
  if (target) target.style.cursor = elements.length ? 'pointer' : 'default';
};

export function FunnelChart({ d, open }: { d: KpiDashboard; open: Open }) {
  const c = useChartColors();
  const stages = d.funnel.stages;
  const openAt = (i: number) => open({ kind: 'funnel', step: stages[i]!.step });
  const base = baseOptions(c);
  return (
    <ChartCard
      testId="chart-funnel"
      title="Pipeline funnel"
      subtitle={`${n.format(d.funnel.cohort)} candidates entered a pipeline in the period; how far each got so far.`}
      columns={['Stage', 'Reached', 'From previous', 'From start']}
      rows={stages.map((s, i) => ({ label: s.label, cells: [n.format(s.reached), pct(s.fromPrevious), pct(s.fromStart)], onOpen: () => openAt(i) }))}
    >
      <Bar
        aria-label={`Funnel: ${stages.map((s) => `${s.label} ${s.reached}`).join(', ')}`}
        role="img"
        data={{
          labels: stages.map((s) => s.label),
          datasets: [{ label: 'Reached', data: stages.map((s) => s.reached), backgroundColor: stages.map((_, i) => c.ramp(i, stages.length)), borderRadius: 4 }],
        }}
        options={{
          ...base,
          indexAxis: 'y' as const,
          onClick: onElement(openAt),
          onHover: pointerOnHover,
          plugins: {
            ...base.plugins,
            tooltip: {
              callbacks: {
                label: (ctx) => {
                  const s = stages[ctx.dataIndex]!;
                  return `${n.format(s.reached)} · ${pct(s.fromPrevious)} of the step before`;
                },
              },
            },
          },
        }}
      />
    </ChartCard>
  );
}

export function TrendChart({ d, open }: { d: KpiDashboard; open: Open }) {
  const c = useChartColors();
  const buckets = d.trend.buckets;
  const base = baseOptions(c);
  const openAt = (i: number, series: 'hires' | 'applications') => {
    const b = buckets[i]!;
    open({ kind: series, from: b.from, to: b.to });
  };
  return (
    <ChartCard
      testId="chart-trend"
      title={`Hires and new applications per ${d.trend.granularity}`}
      subtitle="Bars: hires (left axis). Line: applications entering a pipeline (right axis)."
      columns={['Period', 'Hires', 'New applications', 'Time to fill', 'Time to hire']}
      rows={buckets.map((b, i) => ({
        label: b.label,
        cells: [n.format(b.hires), n.format(b.applications), days(b.timeToFill), days(b.timeToHire)],
        onOpen: () => openAt(i, 'hires'),
      }))}
    >
      <Bar
        role="img"
        aria-label={`Hires per ${d.trend.granularity}: ${buckets.map((b) => `${b.label} ${b.hires}`).join(', ')}`}
        data={{
          labels: buckets.map((b) => b.label),
          datasets: [
            { type: 'bar' as const, label: 'Hires', data: buckets.map((b) => b.hires), backgroundColor: c.primary, yAxisID: 'y', borderRadius: 3, order: 2 },
            {
              type: 'line' as const,
              label: 'New applications',
              data: buckets.map((b) => b.applications),
              borderColor: c.accent,
              backgroundColor: c.accent,
              yAxisID: 'y1',
              pointRadius: 3,
              tension: 0.25,
              order: 1,
            } as never,
          ],
        }}
        options={{
          ...base,
          onClick: (_e: ChartEvent, elements: ActiveElement[]) => {
            const first = elements[0];
            if (first) openAt(first.index, first.datasetIndex === 0 ? 'hires' : 'applications');
          },
          onHover: pointerOnHover,
          interaction: { mode: 'nearest' as const, intersect: true },
          plugins: { ...base.plugins, legend: { ...base.plugins.legend, display: true, position: 'bottom' as const } },
          scales: {
            x: base.scales.x,
            y: { ...base.scales.y, title: { display: true, text: 'Hires', color: c.text }, ticks: { ...base.scales.y.ticks, precision: 0 } },
            y1: {
              position: 'right' as const,
              beginAtZero: true,
              grid: { drawOnChartArea: false },
              ticks: { color: c.text, precision: 0 },
              title: { display: true, text: 'Applications', color: c.text },
            },
          },
        }}
      />
    </ChartCard>
  );
}

export function SourceChart({ d, open }: { d: KpiDashboard; open: Open }) {
  const c = useChartColors();
  const base = baseOptions(c);
  const openAt = (i: number) => open({ kind: 'source', source: d.sources[i]!.source });
  return (
    <ChartCard
      testId="chart-sources"
      title="Source of hire"
      subtitle="Hires by where the candidate first came from (first touch)."
      columns={['Source', 'Hires', 'Share']}
      rows={d.sources.map((s, i) => ({ label: s.source, cells: [n.format(s.hires), pct(s.share)], onOpen: () => openAt(i) }))}
    >
      {d.sources.length === 0 ? (
        <Box sx={{ display: 'grid', placeItems: 'center', height: '100%', color: 'text.secondary' }}>No hires in the period</Box>
      ) : (
        <Bar
          role="img"
          aria-label={`Source of hire: ${d.sources.map((s) => `${s.source} ${s.hires}`).join(', ')}`}
          data={{ labels: d.sources.map((s) => s.source), datasets: [{ label: 'Hires', data: d.sources.map((s) => s.hires), backgroundColor: c.primarySoft, borderColor: c.primary, borderWidth: 1, borderRadius: 3 }] }}
          options={{ ...base, indexAxis: 'y' as const, onClick: onElement(openAt), onHover: pointerOnHover, scales: { ...base.scales, x: { ...base.scales.x, ticks: { ...base.scales.x.ticks, precision: 0 } } } }}
        />
      )}
    </ChartCard>
  );
}

export function TimeToFillChart({ d, open }: { d: KpiDashboard; open: Open }) {
  const c = useChartColors();
  const base = baseOptions(c);
  const bins = d.timeToFillDistribution;
  const openAt = (i: number) => open({ kind: 'time-to-fill', min: bins[i]!.min, max: bins[i]!.max });
  return (
    <ChartCard
      testId="chart-ttf"
      title="Time to fill distribution"
      subtitle={`Hires by whole days from the job opening to the accepted offer, ${formatDay(d.filter.from)} – ${formatDay(d.filter.to)}.`}
      columns={['Days', 'Hires']}
      rows={bins.map((b, i) => ({ label: b.label, cells: [n.format(b.count)], onOpen: () => openAt(i) }))}
    >
      <Bar
        role="img"
        aria-label={`Time to fill: ${bins.map((b) => `${b.label} ${b.count}`).join(', ')}`}
        data={{ labels: bins.map((b) => b.label), datasets: [{ label: 'Hires', data: bins.map((b) => b.count), backgroundColor: c.primarySoft, borderColor: c.primary, borderWidth: 1 }] }}
        options={{ ...base, onClick: onElement(openAt), onHover: pointerOnHover, scales: { ...base.scales, y: { ...base.scales.y, ticks: { ...base.scales.y.ticks, precision: 0 } } } }}
      />
    </ChartCard>
  );
}
