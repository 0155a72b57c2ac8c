import { funnelLabels } from '../../../../src-shared/domain/kpi/calculations.js';
import type { KpiFilter } from '../../../../src-shared/domain/kpi/dashboard.js';
import { describeSettings, kpiDefinitions } from '../../../../src-shared/domain/kpi/definitions.js';
import { formatChange, formatDay, formatKpiValue } from '../../../../src-shared/domain/kpi/format.js';
import type { PdfFile } from '../../../../src-shared/domain/kpi/reports.js';
import { kpiIds } from '../../../../src-shared/domain/kpi/settings.js';
import type { WriteDb } from '../../db/database.js';
import { sql } from '../../db/statements.js';
import { yieldToLoop } from '../../ipc/ports.js';
import { computeDashboard, type DashboardData } from '../kpi/dashboard.js';
import type { RefreshProgress } from '../kpi/rollups.js';
import { loadKpiSettings } from '../kpi/settings.js';
import { brandingData } from './branding.js';
import { columns, horizontalBars } from './charts.js';
import { initials } from './anonymize.js';
import { MUTED, ReportPdf, tint } from './pdf.js';

const count = new Intl.NumberFormat('en-US');
/** A report is read, not searched: beyond this the placements table lists the most recent ones (the CSV export has all). */
const MAX_PLACEMENT_ROWS = 250;
const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(v < 0.1 ? 1 : 0)}%`);

export interface ReportOptions {
  now: Date;
  onProgress?: (phase: string, p: RefreshProgress) => void;
}

/** The KPI report for a period and filter: summary, charts, tables that break cleanly, definitions. */
export async function kpiReport(db: WriteDb, filter: KpiFilter, options: ReportOptions): Promise<PdfFile> {
  const started = performance.now();
  const data = await computeDashboard(db, filter, { now: options.now, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
  options.onProgress?.('report', { done: 0, total: 3 });
  await yieldToLoop();
  const settings = loadKpiSettings(db);
  const brand = brandingData(db);
  const { dashboard: d } = data;
  const period = `${formatDay(d.filter.from)} – ${formatDay(d.filter.to)}`;
  const pdf = new ReportPdf(brand, {
    title: `KPI report, ${period}`,
    subject: `Recruitment KPIs for ${period}. ${d.filterLabel}`,
    footer: `${brand.agencyName} · KPI report · ${period}`,
  });

  pdf.banner('Recruitment KPI report', `${period}\nGenerated ${formatDay(options.now.toISOString())}`);
  pdf.doc.font('bold').fontSize(20).fillColor('#1A2529').text(pdf.t(`KPI report: ${period}`), pdf.left, pdf.y, { width: pdf.contentWidth });
  pdf.y += 4;
  pdf.paragraph(`Compared with the previous period of the same length, ${formatDay(d.previous.from)} – ${formatDay(d.previous.to)}.`, { color: MUTED });
  pdf.paragraph(`Filter: ${d.filterLabel}.`, { color: MUTED });
  if (d.freshness === 'stale') pdf.paragraph('Note: another job was running on the vault, so the pipeline and touch figures may be slightly behind.', { color: MUTED });

  // Summary table: every KPI against the previous period and its target.
  await pdf.table(
    'Summary',
    [
      { header: 'KPI', width: 26 },
      { header: 'This period', width: 15, align: 'right' },
      { header: 'Previous', width: 15, align: 'right' },
      { header: 'Change', width: 13, align: 'right' },
      { header: 'Target', width: 13, align: 'right' },
      { header: 'Status', width: 11 },
    ],
    d.cards.map((c) => {
      const opt = { currency: c.currency };
      return [
        c.label,
        formatKpiValue(c.value, c.unit, opt),
        formatKpiValue(c.previous, c.unit, opt),
        formatChange(c.change.delta, c.unit),
        c.target === null ? '—' : formatKpiValue(c.target, c.unit, opt),
        c.status === 'met' ? 'On target' : c.status === 'missed' ? 'Off target' : '—',
      ];
    }),
    { note: 'Percentages are shown as % and their changes in percentage points (pts). Definitions and target sources are in the appendix.' },
  );

  const funnel = d.funnel.stages;
  horizontalBars(
    pdf,
    'Pipeline funnel',
    funnel.map((s, i) => ({
      label: s.label,
      value: s.reached,
      note: i === 0 ? count.format(s.reached) : `${count.format(s.reached)} · ${pct(s.fromPrevious)}`,
    })),
    { subtitle: `Candidates who entered a pipeline ${period} (${count.format(d.funnel.cohort)}), by the furthest stage reached so far; % from the step before.`, centred: true },
  );

  const t = d.trend;
  columns(
    pdf,
    `Hires and new applications per ${t.granularity}`,
    t.buckets.map((b) => b.label),
    [
      { label: 'Hires', kind: 'bar', values: t.buckets.map((b) => b.hires), colour: brand.colour },
      { label: 'New applications', kind: 'line', values: t.buckets.map((b) => b.applications), colour: '#B26A00' },
    ],
    { subtitle: 'Hires on the left axis; applications entering a pipeline on the right axis.' },
  );
  options.onProgress?.('report', { done: 1, total: 3 });
  await yieldToLoop();

  horizontalBars(
    pdf,
    'Source of hire (first touch)',
    d.sources.map((s) => ({ label: s.source, value: s.hires, note: `${s.hires} · ${pct(s.share)}` })),
    { subtitle: d.sources.length ? `${count.format(d.sources.reduce((a, s) => a + s.hires, 0))} hires by the source recorded when the candidate first entered the database.` : 'No hires in the period.' },
  );
  columns(
    pdf,
    'Time to fill distribution',
    d.timeToFillDistribution.map((b) => b.label),
    [{ label: 'Hires', kind: 'bar', values: d.timeToFillDistribution.map((b) => b.count), colour: tint(brand.colour, 0.15) }],
    { subtitle: `Whole days from the job opening to the accepted offer${settings.timeToFill.excludeOnHold ? ', on-hold time excluded' : ''}.`, height: 120 },
  );

  await pdf.table(
    'Days in stage',
    [
      { header: 'Stage', width: 40 },
      { header: 'Completed stays', width: 30, align: 'right' },
      { header: 'Average days', width: 30, align: 'right' },
    ],
    d.velocity.map((v) => [v.type[0]!.toUpperCase() + v.type.slice(1), count.format(v.stays), formatKpiValue(v.meanDays, 'days')]),
  );
  await pdf.table(
    'Offers',
    [
      { header: 'Extended', width: 25, align: 'right' },
      { header: 'Accepted', width: 25, align: 'right' },
      { header: 'Declined', width: 25, align: 'right' },
      { header: 'Pending', width: 25, align: 'right' },
    ],
    [[d.offers.extended, d.offers.accepted, d.offers.declined, d.offers.pending].map((n) => count.format(n))],
  );
  if (d.fees.length) {
    await pdf.table(
      'Placement fees by currency',
      [
        { header: 'Currency', width: 30 },
        { header: 'Placements with a fee', width: 35, align: 'right' },
        { header: 'Total fees', width: 35, align: 'right' },
      ],
      d.fees.map((f) => [f.currency, count.format(f.placements), formatKpiValue(f.total, 'money')]),
    );
  }
  await pdf.table(
    'Recruiter activity',
    [
      { header: 'Recruiter', width: 34 },
      { header: 'Touches', width: 16, align: 'right' },
      { header: 'Outbound', width: 16, align: 'right' },
      { header: 'Inbound', width: 16, align: 'right' },
      { header: 'Placements', width: 18, align: 'right' },
    ],
    d.recruiters.map((r) => [r.name, count.format(r.touches), count.format(r.outbound), count.format(r.inbound), count.format(r.placements)]),
    { note: 'Touches: messages and calls the recruiter logged with candidates. Placements: hires on jobs the recruiter owns.' },
  );

  const placements = placementRows(db, data);
  const shown = placements.slice(-MAX_PLACEMENT_ROWS);
  await pdf.table(
    `Placements (${count.format(placements.length)})`,
    [
      { header: 'Hired', width: 14 },
      { header: 'Candidate', width: 11 },
      { header: 'Job', width: 27 },
      { header: 'Client', width: 20 },
      { header: 'Recruiter', width: 14 },
      { header: 'Days to fill', width: 10, align: 'right' },
      { header: 'Fee', width: 14, align: 'right' },
    ],
    shown,
    {
      size: 8,
      note:
        (shown.length < placements.length ? `The ${count.format(shown.length)} most recent of ${count.format(placements.length)} placements are listed. ` : '') +
        'Candidates are shown by initials: the report may be shared outside the agency.',
    },
  );
  options.onProgress?.('report', { done: 2, total: 3 });
  await yieldToLoop();

  // Appendix: how every number is defined, with the choices in force and where the default targets come from.
  pdf.newPage();
  pdf.heading('Appendix: definitions');
  pdf.paragraph('Every figure is computed from the vault’s own records. Days are calendar days in UTC. An event belongs to the period in which it happened, as stated per KPI.', { color: MUTED });
  for (const id of kpiIds) {
    const def = kpiDefinitions[id];
    const own = settings.targets[id];
    const target = own !== undefined ? own : (def.defaultTarget?.value ?? null);
    const lines: [string, string][] = [
      ['Start', def.start],
      ['End', def.end],
      ['Formula', def.formula],
      ['Period', def.period],
    ];
    const configured = describeSettings(id, settings);
    if (configured) lines.push(['Settings', configured]);
    lines.push([
      'Target',
      target === null
        ? 'None set.'
        : own !== undefined
          ? `${formatKpiValue(target, def.unit)} (set by the agency).`
          : `${formatKpiValue(target, def.unit)} (default). ${def.defaultTarget?.source ?? ''}`,
    ]);
    const height = 30 + lines.length * 24;
    pdf.ensure(Math.min(height, 160));
    pdf.doc.font('bold').fontSize(10.5).fillColor('#1A2529').text(pdf.t(def.label), pdf.left, pdf.y, { width: pdf.contentWidth });
    pdf.paragraph(def.summary, { size: 9, gap: 2 });
    for (const [label, text] of lines) {
      pdf.doc.fontSize(8.5);
      const h = pdf.doc.font('body').heightOfString(pdf.t(text), { width: pdf.contentWidth - 70 });
      pdf.ensure(h + 2);
      const y = pdf.y;
      pdf.doc.font('bold').fillColor(MUTED).text(pdf.t(label), pdf.left, y, { width: 64 });
      pdf.doc.font('body').fillColor('#1A2529').text(pdf.t(text), pdf.left + 70, y, { width: pdf.contentWidth - 70 });
      pdf.y = y + h + 2;
    }
    pdf.y += 8;
  }

  const { buffer, pages } = await pdf.finish();
  options.onProgress?.('report', { done: 3, total: 3 });
  return {
    filename: `kpi-report-${d.filter.from}-to-${d.filter.to}.pdf`,
    base64: buffer.toString('base64'),
    bytes: buffer.length,
    pages,
    ms: Math.round(performance.now() - started),
  };
}

/** One row per hire in the period, oldest first. */
function placementRows(db: WriteDb, data: DashboardData): string[][] {
  const hires = [...data.current.hires].sort((a, b) => a.hiredAt!.localeCompare(b.hiredAt!) || a.id - b.id);
  if (hires.length === 0) return [];
  const ttf = new Map(data.current.timeToFill.items.map((i) => [i.applicationId, i.days] as const));
  const info = new Map(
    (
      sql(
        db,
        `SELECT a.id, c.first_name, c.last_name, j.title, cl.name FROM applications a JOIN candidates c ON c.id = a.candidate_id
           JOIN jobs j ON j.id = a.job_id JOIN clients cl ON cl.id = j.client_id WHERE a.id IN (SELECT value FROM json_each(?))`,
      )
        .raw()
        .all(JSON.stringify(hires.map((h) => h.id))) as [number, string, string, string, string][]
    ).map((r) => [r[0], r] as const),
  );
  return hires.map((h) => {
    const row = info.get(h.id);
    const days = ttf.get(h.id);
    return [
      formatDay(h.hiredAt!),
      row ? initials(row[1], row[2]) : '—',
      row?.[3] ?? '—',
      row?.[4] ?? '—',
      h.recruiterId === null ? '—' : (data.recruiterNames.get(h.recruiterId) ?? '—'),
      days === undefined ? '—' : days.toFixed(1),
      h.placementFee === null ? '—' : formatKpiValue(h.placementFee, 'money', { currency: h.currency }),
    ];
  });
}

export { funnelLabels };
