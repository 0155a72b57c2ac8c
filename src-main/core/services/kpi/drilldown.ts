import { funnelSteps } from '../../../../src-shared/domain/kpi/calculations.js';
import type { DrilldownResult, DrilldownRow, DrilldownTarget, KpiFilter } from '../../../../src-shared/domain/kpi/dashboard.js';
import { formatDay } from '../../../../src-shared/domain/kpi/format.js';
import { rangeOf } from '../../../../src-shared/domain/kpi/time.js';
import type { WriteDb } from '../../db/database.js';
import { sql } from '../../db/statements.js';
import { computeDashboard, timeToFillBin } from './dashboard.js';
import { loadCohort } from './records.js';
import { applicationScope, HIRED_AT_SQL, SOURCE_SQL } from './scope.js';
import { segmentMembers } from './segments.js';
import { furthestRank } from '../../../../src-shared/domain/kpi/calculations.js';

const ROW_SQL = `SELECT a.id, a.candidate_id, c.display_name, j.id, j.title, cl.name, s.name, a.status, ${SOURCE_SQL}, a.created_at, ${HIRED_AT_SQL}
  FROM applications a JOIN jobs j ON j.id = a.job_id JOIN candidates c ON c.id = a.candidate_id
    JOIN clients cl ON cl.id = j.client_id JOIN job_stages s ON s.id = a.stage_id
  WHERE a.id IN (SELECT value FROM json_each(?))`;

type Row = [number, number, string, number, string, string, string, string, string, string, string | null];

/** The rows for some application ids, in the order given, with an optional figure per row. */
function rowsFor(db: WriteDb, ids: readonly number[], days?: ReadonlyMap<number, number>): DrilldownRow[] {
  const found = new Map(
    (sql(db, ROW_SQL).raw().all(JSON.stringify(ids)) as Row[]).map((r) => [
      r[0],
      {
        applicationId: r[0],
        candidateId: r[1],
        candidateName: r[2],
        jobId: r[3],
        jobTitle: r[4],
        clientName: r[5],
        stage: r[6],
        status: r[7],
        source: r[8],
        enteredAt: r[9],
        hiredAt: r[10],
        days: days?.get(r[0]) ?? null,
      } satisfies DrilldownRow,
    ]),
  );
  return ids.flatMap((id) => found.get(id) ?? []);
}

/**
 * The applications behind one bar or point. Hire-based targets reuse the dashboard's own records, so a
 * drill-down lists exactly what the chart counted; cohort targets read the cohort's records.
 */
export async function drilldown(db: WriteDb, filter: KpiFilter, target: DrilldownTarget, limit: number, offset: number, now: Date): Promise<DrilldownResult> {
  const page = (title: string, ids: number[], days?: Map<number, number>): DrilldownResult => ({
    title,
    total: ids.length,
    rows: rowsFor(db, ids.slice(offset, offset + limit), days),
  });
  const period = `${formatDay(filter.from)} – ${formatDay(filter.to)}`;
  switch (target.kind) {
    case 'funnel':
    case 'applications': {
      const range = target.kind === 'funnel' ? rangeOf(filter.from, filter.to) : rangeOf(target.from, target.to);
      const segment = filter.segmentId === null ? null : segmentMembers(db, filter.segmentId, now);
      const cohort = loadCohort(db, range, applicationScope(filter, segment));
      if (target.kind === 'applications') {
        return page(`Entered a pipeline ${formatDay(target.from)} – ${formatDay(target.to)}`, cohort.map((a) => a.id).reverse());
      }
      const rank = funnelSteps.indexOf(target.step);
      const ids = cohort.filter((a) => furthestRank(a) >= rank).map((a) => a.id);
      const label = target.step === 'entered' ? 'Entered a pipeline' : `Reached ${target.step}`;
      return page(`${label} (cohort ${period})`, ids.reverse());
    }
    default: {
      const { current } = await computeDashboard(db, filter, { now, skipRefresh: true });
      if (target.kind === 'source') {
        const ids = current.hires.filter((h) => h.source === target.source).map((h) => h.id);
        return page(`Hires from ${target.source}, ${period}`, ids);
      }
      if (target.kind === 'hires') {
        const range = rangeOf(target.from, target.to);
        const ids = current.hires.filter((h) => h.hiredAt! >= range.start && h.hiredAt! < range.end).map((h) => h.id);
        return page(`Hires ${formatDay(target.from)} – ${formatDay(target.to)}`, ids);
      }
      if (target.kind === 'recruiter') {
        const ids = current.hires.filter((h) => h.recruiterId === target.recruiterId).map((h) => h.id);
        return page(`Placements on this recruiter’s jobs, ${period}`, ids);
      }
      const days = new Map<number, number>();
      const ids: number[] = [];
      for (const item of current.timeToFill.items) {
        const bin = timeToFillBin(item.days);
        const lower = Math.floor(target.min);
        if (Math.floor(item.days) >= lower && (target.max === null || Math.floor(item.days) < target.max) && bin >= 0) {
          ids.push(item.applicationId);
          days.set(item.applicationId, Math.round(item.days * 10) / 10);
        }
      }
      const label = target.max === null ? `${target.min}+ days` : `${target.min}–${target.max - 1} days`;
      return page(`Filled in ${label}, ${period}`, ids, days);
    }
  }
}
