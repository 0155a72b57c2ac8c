import type { ApplicationDetail, ApplicationStatus, OfferInput } from '../../../src-shared/domain/application.js';
import type { StageType } from '../../../src-shared/domain/job.js';
import type { CardPosition } from '../../../src-shared/ipc/contracts/board.js';
import { CodedError } from '../../../src-shared/ipc/result.js';
import type { WriteDb } from '../db/database.js';
import { applicationRow, getApplication, type ApplicationRow } from '../db/repositories/applications.js';
import { requireLiveCandidate } from '../db/repositories/candidates.js';
import { getStage, jobStages, type StageRow } from '../db/repositories/jobs.js';
import { sql } from '../db/statements.js';
import { rankFor } from './board.js';
import { inTransaction, recordAudit, requireRow, staleOrMissing, type WriteContext } from './write-meta.js';

/** An application's status follows the type of the stage it is in. */
export function statusForStage(type: StageType): ApplicationStatus {
  if (type === 'hired' || type === 'rejected' || type === 'withdrawn') return type;
  return 'active';
}

const withoutHistory = ({ history: _h, ...rest }: ApplicationDetail) => rest;

export function createApplication(
  db: WriteDb,
  input: { candidateId: number; jobId: number; stageId?: number | undefined; movedBy?: number | undefined; note?: string | undefined },
  w: WriteContext,
): ApplicationDetail {
  try {
    requireLiveCandidate(db, input.candidateId);
  } catch (error) {
    if (error instanceof CodedError) throw new CodedError(error.code, error.message, 'candidateId');
    throw error;
  }
  requireRow(db, 'job', input.jobId, 'jobId');
  requireRow(db, 'recruiter', input.movedBy, 'movedBy');
  const stages = jobStages(db, input.jobId);
  let stage: StageRow | undefined;
  if (input.stageId !== undefined) {
    stage = stages.find((s) => s.id === input.stageId);
    if (!stage) throw new CodedError('invalid_input', `Stage ${input.stageId} is not a stage of job ${input.jobId}`, 'stageId');
    if (statusForStage(stage.type) !== 'active') {
      throw new CodedError('invalid_input', 'Add the candidate to an active stage; rejecting, withdrawing and hiring have their own actions', 'stageId');
    }
  } else {
    stage = stages.find((s) => statusForStage(s.type) === 'active');
    if (!stage) throw new CodedError('invalid_input', `Job ${input.jobId} has no active stage to start in`, 'jobId');
  }
  const existing = sql(db, 'SELECT id FROM applications WHERE candidate_id = ? AND job_id = ?').get(input.candidateId, input.jobId) as
    | { id: number }
    | undefined;
  if (existing) throw new CodedError('conflict', `This candidate is already in the pipeline for this job (application ${existing.id})`);
  const firstStage = stage;
  const id = inTransaction(db, () => {
    const newId = Number(
      sql(
        db,
        // On top of its board column, like every card entering a stage (migration 0007).
        `INSERT INTO applications (candidate_id, job_id, stage_id, status, stage_entered_at, created_at, updated_at, board_rank)
         VALUES (?, ?, ?, 'active', ?, ?, ?,
                 coalesce((SELECT min(board_rank) FROM applications WHERE job_id = ? AND stage_id = ?), 1) - 1)`,
      ).run(input.candidateId, input.jobId, firstStage.id, w.at, w.at, w.at, input.jobId, firstStage.id).lastInsertRowid,
    );
    recordMove(db, newId, null, firstStage.id, w.at, input.movedBy, input.note ?? '');
    recordAudit(db, w, 'application', newId, 'create', undefined, withoutHistory(getApplication(db, newId)));
    return newId;
  });
  return getApplication(db, id);
}

function recordMove(db: WriteDb, applicationId: number, from: number | null, to: number, at: string, movedBy: number | undefined, note: string): void {
  sql(db, 'INSERT INTO stage_history (application_id, from_stage_id, to_stage_id, moved_at, moved_by, note) VALUES (?, ?, ?, ?, ?, ?)').run(
    applicationId,
    from,
    to,
    at,
    movedBy ?? null,
    note,
  );
}

type Changes = Partial<
  Pick<
    ApplicationRow,
    | 'status'
    | 'rejection_reason'
    | 'withdrawal_reason'
    | 'offer_extended_at'
    | 'offer_amount'
    | 'offer_currency'
    | 'offer_accepted_at'
    | 'offer_declined_at'
    | 'placement_fee'
  >
>;
const changeColumns = [
  'status',
  'rejection_reason',
  'withdrawal_reason',
  'offer_extended_at',
  'offer_amount',
  'offer_currency',
  'offer_accepted_at',
  'offer_declined_at',
  'placement_fee',
] as const;

/**
 * The one write path for an existing application: applies field changes and an optional stage move in a
 * single version-guarded UPDATE, records the move in stage history and the change in the audit log.
 */
function applyChange(
  db: WriteDb,
  app: ApplicationRow,
  version: number,
  w: WriteContext,
  action: string,
  change: {
    fields: Changes;
    move?: { to: StageRow; at: string; movedBy: number | undefined; note: string; position?: CardPosition | undefined };
  },
): ApplicationDetail {
  inTransaction(db, () => {
    const before = withoutHistory(getApplication(db, app.id));
    const next = { ...app, ...change.fields };
    const stageId = change.move?.to.id ?? app.stage_id;
    const entered = change.move ? change.move.at : app.stage_entered_at;
    const info = sql(
      db,
      `UPDATE applications SET ${changeColumns.map((c) => `${c} = ?`).join(', ')}, stage_id = ?, stage_entered_at = ?, updated_at = ?,
         version = version + 1
       WHERE id = ? AND version = ?`,
    ).run(...changeColumns.map((c) => next[c]), stageId, entered, w.at, app.id, version);
    if (info.changes === 0) throw staleOrMissing(db, 'application', app.id, version);
    if (change.move) recordMove(db, app.id, app.stage_id, change.move.to.id, change.move.at, change.move.movedBy, change.move.note);
    // Entering the stage put the card on top of its column (the trigger of migration 0007); a drop says where instead.
    const position = change.move?.position;
    if (position && position.place !== 'top') {
      const rank = rankFor(db, { jobId: app.job_id, stageId, cardId: app.id }, position);
      sql(db, 'UPDATE applications SET board_rank = ? WHERE id = ?').run(rank, app.id);
    }
    const after = withoutHistory(getApplication(db, app.id));
    recordAudit(db, w, 'application', app.id, action, before, position ? { ...after, position } : after);
  });
  return getApplication(db, app.id);
}

/** Fields that follow from entering a stage: status, and reasons cleared when an application is reopened. */
function stageFields(app: ApplicationRow, to: StageRow, reason: string | undefined): Changes {
  const status = statusForStage(to.type);
  return {
    status,
    rejection_reason: status === 'rejected' ? (reason ?? null) : status === 'active' ? null : app.rejection_reason,
    withdrawal_reason: status === 'withdrawn' ? (reason ?? null) : status === 'active' ? null : app.withdrawal_reason,
  };
}

function loadForWrite(db: WriteDb, id: number, version: number, movedBy: number | undefined): ApplicationRow {
  const app = applicationRow(db, id);
  if (app.version !== version) throw staleOrMissing(db, 'application', id, version);
  requireRow(db, 'recruiter', movedBy, 'movedBy');
  return app;
}

function firstStageOfType(db: WriteDb, app: ApplicationRow, type: StageType): StageRow {
  const stage = jobStages(db, app.job_id).find((s) => s.type === type);
  if (!stage) throw new CodedError('invalid_input', `Job ${app.job_id} has no "${type}" stage`);
  return stage;
}

export function moveApplication(
  db: WriteDb,
  input: {
    id: number;
    version: number;
    toStageId: number;
    movedBy?: number | undefined;
    note?: string | undefined;
    reason?: string | undefined;
    offer?: OfferInput | undefined;
    position?: CardPosition | undefined;
  },
  w: WriteContext,
): ApplicationDetail {
  const app = loadForWrite(db, input.id, input.version, input.movedBy);
  const to = getStage(db, input.toStageId);
  if (to.job_id !== app.job_id) throw new CodedError('invalid_input', `Stage ${to.id} belongs to another job`, 'toStageId');
  if (to.id === app.stage_id) throw new CodedError('invalid_input', `The application is already in "${to.name}"`, 'toStageId');
  const status = statusForStage(to.type);
  if ((status === 'rejected' || status === 'withdrawn') && !input.reason) {
    throw new CodedError('invalid_input', `Moving to "${to.name}" needs a reason`, 'reason');
  }
  if (input.reason && status !== 'rejected' && status !== 'withdrawn') {
    throw new CodedError('invalid_input', 'A reason is only recorded when rejecting or withdrawing; use note for other moves', 'reason');
  }
  if (input.offer && to.type !== 'offer') throw new CodedError('invalid_input', 'Offer details go with a move to an offer stage', 'offer');
  const fields: Changes = { ...stageFields(app, to, input.reason) };
  if (input.offer) Object.assign(fields, offerFields(input.offer, w.at));
  // Hiring someone with an open offer is the offer being accepted.
  if (to.type === 'hired' && app.offer_extended_at && !app.offer_accepted_at && !app.offer_declined_at) fields.offer_accepted_at = w.at;
  return applyChange(db, app, input.version, w, 'move', {
    fields,
    move: { to, at: w.at, movedBy: input.movedBy, note: input.note ?? input.reason ?? '', position: input.position },
  });
}

const offerFields = (offer: OfferInput, at: string): Changes => ({
  offer_extended_at: offer.extendedAt ?? at,
  offer_amount: offer.amount,
  offer_currency: offer.currency,
  offer_accepted_at: null,
  offer_declined_at: null,
});

export function closeApplication(
  db: WriteDb,
  input: { id: number; version: number; reason: string; movedBy?: number | undefined },
  type: 'rejected' | 'withdrawn',
  w: WriteContext,
): ApplicationDetail {
  const app = loadForWrite(db, input.id, input.version, input.movedBy);
  if (app.status === type) throw new CodedError('invalid_input', `The application is already ${type}`);
  const to = firstStageOfType(db, app, type);
  return applyChange(db, app, input.version, w, type === 'rejected' ? 'reject' : 'withdraw', {
    fields: stageFields(app, to, input.reason),
    move: { to, at: w.at, movedBy: input.movedBy, note: input.reason },
  });
}

export function extendOffer(
  db: WriteDb,
  input: { id: number; version: number; offer: OfferInput; movedBy?: number | undefined },
  w: WriteContext,
): ApplicationDetail {
  const app = loadForWrite(db, input.id, input.version, input.movedBy);
  if (app.status !== 'active') throw new CodedError('invalid_input', `The application is ${app.status}; reopen it before making an offer`);
  const fields = offerFields(input.offer, w.at);
  const at = fields.offer_extended_at!;
  if (app.stage_type === 'offer') return applyChange(db, app, input.version, w, 'extend-offer', { fields });
  const offerStage = jobStages(db, app.job_id).find((s) => s.type === 'offer');
  return applyChange(db, app, input.version, w, 'extend-offer', {
    fields,
    ...(offerStage ? { move: { to: offerStage, at, movedBy: input.movedBy, note: 'Offer extended' } } : {}),
  });
}

function requireOpenOffer(app: ApplicationRow): void {
  if (!app.offer_extended_at) throw new CodedError('invalid_input', 'No offer has been extended for this application');
  if (app.offer_accepted_at) throw new CodedError('invalid_input', `The offer was already accepted on ${app.offer_accepted_at}`);
  if (app.offer_declined_at) throw new CodedError('invalid_input', `The offer was already declined on ${app.offer_declined_at}`);
}

export function acceptOffer(
  db: WriteDb,
  input: { id: number; version: number; acceptedAt?: string | undefined; movedBy?: number | undefined },
  w: WriteContext,
): ApplicationDetail {
  const app = loadForWrite(db, input.id, input.version, input.movedBy);
  requireOpenOffer(app);
  const at = input.acceptedAt ?? w.at;
  const to = firstStageOfType(db, app, 'hired');
  return applyChange(db, app, input.version, w, 'accept-offer', {
    fields: { ...stageFields(app, to, undefined), offer_accepted_at: at },
    move: { to, at, movedBy: input.movedBy, note: 'Offer accepted' },
  });
}

export function declineOffer(
  db: WriteDb,
  input: { id: number; version: number; declinedAt?: string | undefined; reason: string; movedBy?: number | undefined },
  w: WriteContext,
): ApplicationDetail {
  const app = loadForWrite(db, input.id, input.version, input.movedBy);
  requireOpenOffer(app);
  const at = input.declinedAt ?? w.at;
  const to = firstStageOfType(db, app, 'withdrawn');
  const reason = `Declined offer: ${input.reason}`;
  return applyChange(db, app, input.version, w, 'decline-offer', {
    fields: { ...stageFields(app, to, reason), offer_declined_at: at },
    move: { to, at, movedBy: input.movedBy, note: reason },
  });
}

export function setPlacementFee(db: WriteDb, input: { id: number; version: number; fee: number | null }, w: WriteContext): ApplicationDetail {
  const app = loadForWrite(db, input.id, input.version, undefined);
  if (input.fee !== null && app.status !== 'hired') {
    throw new CodedError('invalid_input', 'A placement fee applies to a hired candidate; this application is ' + app.status, 'fee');
  }
  return applyChange(db, app, input.version, w, 'set-placement-fee', { fields: { placement_fee: input.fee } });
}
