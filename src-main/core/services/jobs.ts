import {
  closingStageTypes,
  defaultPipeline,
  pipelineProblem,
  type Job,
  type JobFields,
  type JobPatch,
  type JobStatus,
  type StageType,
} from '../../../src-shared/domain/job.js';
import { CodedError } from '../../../src-shared/ipc/result.js';
import type { ReadDb, WriteDb } from '../db/database.js';
import { bumpJobVersion, getJob, getStage, insertJob, jobStages, writeJob, type JobColumns } from '../db/repositories/jobs.js';
import { sql } from '../db/statements.js';
import { statusForStage } from './applications.js';
import { inTransaction, recordAudit, requireRow, staleOrMissing, type WriteContext } from './write-meta.js';

const isClosing = (type: StageType): boolean => (closingStageTypes as readonly string[]).includes(type);

function requireContactOfClient(db: ReadDb, contactId: number | null | undefined, clientId: number, field: string): void {
  if (contactId === null || contactId === undefined) return;
  const row = sql(db, 'SELECT client_id FROM contacts WHERE id = ?').get(contactId) as { client_id: number } | undefined;
  if (!row) throw new CodedError('not_found', `No contact with id ${contactId}`, field);
  if (row.client_id !== clientId) throw new CodedError('invalid_input', `Contact ${contactId} works for another client`, field);
}

/** Status dates: opened when first opened, filled/closed when it gets there (cleared if it leaves). */
function statusDates(
  status: JobStatus,
  at: string,
  current: { openedAt: string | null; filledAt: string | null; closedAt: string | null },
): { openedAt: string | null; filledAt: string | null; closedAt: string | null } {
  return {
    openedAt: current.openedAt ?? (status === 'draft' ? null : at),
    filledAt: status === 'filled' ? (current.filledAt ?? at) : null,
    closedAt: status === 'closed' ? (current.closedAt ?? at) : null,
  };
}

function recordStatus(db: WriteDb, jobId: number, status: JobStatus, at: string): void {
  sql(db, 'INSERT INTO job_status_history (job_id, status, at) VALUES (?, ?, ?)').run(jobId, status, at);
}

export function createJob(db: WriteDb, fields: JobFields, w: WriteContext): Job {
  requireRow(db, 'client', fields.clientId, 'clientId');
  requireContactOfClient(db, fields.contactId, fields.clientId, 'contactId');
  requireRow(db, 'recruiter', fields.ownerId, 'ownerId');
  const stages = fields.stages ?? defaultPipeline;
  const problem = pipelineProblem(stages);
  if (problem) throw new CodedError('invalid_input', problem, 'stages');
  const id = inTransaction(db, () => {
    const { stages: _stages, ...columns } = fields;
    const jobId = insertJob(db, { ...columns, ...statusDates(fields.status, w.at, { openedAt: null, filledAt: null, closedAt: null }) }, w.at);
    recordStatus(db, jobId, fields.status, w.at);
    const insert = sql(db, 'INSERT INTO job_stages (job_id, name, type, position) VALUES (?, ?, ?, ?)');
    stages.forEach((s, position) => insert.run(jobId, s.name, s.type, position));
    recordAudit(db, w, 'job', jobId, 'create', undefined, getJob(db, jobId));
    return jobId;
  });
  return getJob(db, id);
}

export function updateJob(db: WriteDb, id: number, version: number, patch: JobPatch, w: WriteContext): Job {
  inTransaction(db, () => {
    const before = getJob(db, id);
    requireContactOfClient(db, patch.contactId, before.clientId, 'patch.contactId');
    requireRow(db, 'recruiter', patch.ownerId, 'patch.ownerId');
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<JobPatch>;
    const next = { ...before, ...defined };
    if (next.salaryMin !== null && next.salaryMax !== null && next.salaryMin > next.salaryMax) {
      throw new CodedError('invalid_input', 'salaryMin must not exceed salaryMax', 'patch.salaryMin');
    }
    const columns: Omit<JobColumns, 'clientId'> = { ...next, ...statusDates(next.status, w.at, before) };
    if (!writeJob(db, id, version, columns, w.at)) throw staleOrMissing(db, 'job', id, version);
    if (next.status !== before.status) recordStatus(db, id, next.status, w.at);
    recordAudit(db, w, 'job', id, 'update', before, getJob(db, id));
  });
  return getJob(db, id);
}

/** Applications carry the placement history; a job with any is closed, not deleted. */
export function deleteJob(db: WriteDb, id: number, version: number, w: WriteContext): void {
  inTransaction(db, () => {
    const before = getJob(db, id);
    if (before.version !== version) throw staleOrMissing(db, 'job', id, version);
    const apps = (sql(db, 'SELECT count(*) AS n FROM applications WHERE job_id = ?').get(id) as { n: number }).n;
    if (apps > 0) throw new CodedError('conflict', `This job has ${apps} application${apps === 1 ? '' : 's'}; close it instead of deleting it`);
    sql(db, 'DELETE FROM jobs WHERE id = ?').run(id);
    recordAudit(db, w, 'job', id, 'delete', before, undefined);
  });
}

/**
 * Writes positions 0..n-1 in the given order. Positions are UNIQUE per job, so rows first move to a
 * parking range no live or removed stage uses (removed stages sit at -id).
 */
function renumber(db: WriteDb, stageIds: readonly number[]): void {
  const set = sql(db, 'UPDATE job_stages SET position = ? WHERE id = ?');
  stageIds.forEach((id, i) => set.run(1_000_000 + i, id));
  stageIds.forEach((id, i) => set.run(i, id));
}

function guardJob(db: WriteDb, jobId: number, version: number, at: string): void {
  if (!bumpJobVersion(db, jobId, version, at)) throw staleOrMissing(db, 'job', jobId, version);
}

function stageEdit(db: WriteDb, jobId: number, version: number, w: WriteContext, action: string, edit: () => void): Job {
  inTransaction(db, () => {
    const before = getJob(db, jobId);
    guardJob(db, jobId, version, w.at);
    edit();
    recordAudit(db, w, 'job', jobId, action, { stages: before.stages }, { stages: getJob(db, jobId).stages });
  });
  return getJob(db, jobId);
}

export function addStage(
  db: WriteDb,
  input: { jobId: number; version: number; name: string; type: StageType; position?: number | undefined },
  w: WriteContext,
): Job {
  return stageEdit(db, input.jobId, input.version, w, 'add-stage', () => {
    const stages = jobStages(db, input.jobId);
    if (stages.length >= 30) throw new CodedError('invalid_input', 'A pipeline has at most 30 stages');
    // Default: just before the closing stages (hired/rejected/withdrawn), where new steps usually go.
    const firstClosing = stages.findIndex((s) => isClosing(s.type));
    const at = Math.min(input.position ?? (firstClosing === -1 ? stages.length : firstClosing), stages.length);
    const id = Number(
      sql(db, 'INSERT INTO job_stages (job_id, name, type, position) VALUES (?, ?, ?, ?)').run(input.jobId, input.name, input.type, 2_000_000)
        .lastInsertRowid,
    );
    const order = stages.map((s) => s.id);
    order.splice(at, 0, id);
    renumber(db, order);
  });
}

export function renameStage(db: WriteDb, input: { stageId: number; version: number; name: string }, w: WriteContext): Job {
  const stage = getStage(db, input.stageId);
  return stageEdit(db, stage.job_id, input.version, w, 'rename-stage', () => {
    sql(db, 'UPDATE job_stages SET name = ? WHERE id = ?').run(input.name, input.stageId);
  });
}

export function reorderStages(db: WriteDb, input: { jobId: number; version: number; stageIds: number[] }, w: WriteContext): Job {
  return stageEdit(db, input.jobId, input.version, w, 'reorder-stages', () => {
    const current = jobStages(db, input.jobId).map((s) => s.id);
    const given = new Set(input.stageIds);
    if (given.size !== input.stageIds.length || current.length !== given.size || current.some((id) => !given.has(id))) {
      throw new CodedError('invalid_input', `List every stage of the job exactly once (${current.length} stages: ${current.join(', ')})`, 'stageIds');
    }
    renumber(db, input.stageIds);
  });
}

/**
 * Removes a stage. Its applications move to `reassignTo` (each with a stage-history entry). A stage the
 * history refers to is kept out of the pipeline rather than deleted, so past moves keep their names.
 */
export function removeStage(
  db: WriteDb,
  input: { stageId: number; version: number; reassignTo?: number | undefined; movedBy?: number | undefined },
  w: WriteContext,
): Job {
  const stage = getStage(db, input.stageId);
  requireRow(db, 'recruiter', input.movedBy, 'movedBy');
  return stageEdit(db, stage.job_id, input.version, w, 'remove-stage', () => {
    const stages = jobStages(db, stage.job_id);
    const rest = stages.filter((s) => s.id !== stage.id);
    const problem = pipelineProblem(rest);
    if (problem) throw new CodedError('invalid_input', `Cannot remove "${stage.name}": ${problem.charAt(0).toLowerCase()}${problem.slice(1)}`, 'stageId');
    const apps = sql(db, 'SELECT id, status FROM applications WHERE stage_id = ?').all(stage.id) as { id: number; status: string }[];
    if (apps.length > 0) {
      if (input.reassignTo === undefined) {
        throw new CodedError(
          'invalid_input',
          `${apps.length} application${apps.length === 1 ? ' is' : 's are'} in "${stage.name}"; choose a stage to move ${apps.length === 1 ? 'it' : 'them'} to`,
          'reassignTo',
        );
      }
      const target = rest.find((s) => s.id === input.reassignTo);
      if (!target) throw new CodedError('invalid_input', `Stage ${input.reassignTo} is not another stage of this job`, 'reassignTo');
      if (statusForStage(target.type) !== statusForStage(stage.type)) {
        throw new CodedError(
          'invalid_input',
          `Applications in "${stage.name}" (${stage.type}) can only move to a stage of the same kind, not "${target.name}" (${target.type})`,
          'reassignTo',
        );
      }
      const move = sql(db, 'UPDATE applications SET stage_id = ?, stage_entered_at = ?, updated_at = ?, version = version + 1 WHERE id = ?');
      const history = sql(db, 'INSERT INTO stage_history (application_id, from_stage_id, to_stage_id, moved_at, moved_by, note) VALUES (?, ?, ?, ?, ?, ?)');
      for (const app of apps) {
        move.run(target.id, w.at, w.at, app.id);
        history.run(app.id, stage.id, target.id, w.at, input.movedBy ?? null, `Stage "${stage.name}" removed`);
      }
    }
    const referenced = sql(db, 'SELECT EXISTS (SELECT 1 FROM stage_history WHERE to_stage_id = @id OR from_stage_id = @id) AS used').get({ id: stage.id }) as {
      used: number;
    };
    if (referenced.used) sql(db, 'UPDATE job_stages SET removed_at = ?, position = -id WHERE id = ?').run(w.at, stage.id);
    else sql(db, 'DELETE FROM job_stages WHERE id = ?').run(stage.id);
    renumber(db, rest.map((s) => s.id));
  });
}
