import type { Activity, ActivityFields } from '../../../src-shared/domain/activity.js';
import { CodedError } from '../../../src-shared/ipc/result.js';
import type { WriteDb } from '../db/database.js';
import { getActivity, insertActivity } from '../db/repositories/activities.js';
import { requireLiveCandidate } from '../db/repositories/candidates.js';
import { sql } from '../db/statements.js';
import { flushSearchIndex } from './search-index.js';
import { inTransaction, recordAudit, requireRow, type WriteContext } from './write-meta.js';

/**
 * Logs an activity. An application link fills in its candidate and job (and must agree with them if given),
 * so the entry shows on every timeline it belongs to.
 */
export function logActivity(db: WriteDb, fields: ActivityFields, w: WriteContext): Activity {
  const a = { ...fields };
  if (a.applicationId !== null) {
    const app = sql(db, 'SELECT candidate_id, job_id FROM applications WHERE id = ?').get(a.applicationId) as
      | { candidate_id: number; job_id: number }
      | undefined;
    if (!app) throw new CodedError('not_found', `No application with id ${a.applicationId}`, 'applicationId');
    if (a.candidateId !== null && a.candidateId !== app.candidate_id) {
      throw new CodedError('invalid_input', `Application ${a.applicationId} belongs to candidate ${app.candidate_id}`, 'candidateId');
    }
    if (a.jobId !== null && a.jobId !== app.job_id) {
      throw new CodedError('invalid_input', `Application ${a.applicationId} belongs to job ${app.job_id}`, 'jobId');
    }
    a.candidateId = app.candidate_id;
    a.jobId = app.job_id;
  }
  if (a.candidateId !== null) {
    try {
      requireLiveCandidate(db, a.candidateId);
    } catch (error) {
      if (error instanceof CodedError) throw new CodedError(error.code, error.message, 'candidateId');
      throw error;
    }
  }
  requireRow(db, 'contact', a.contactId, 'contactId');
  requireRow(db, 'job', a.jobId, 'jobId');
  requireRow(db, 'recruiter', a.recruiterId, 'recruiterId');
  const id = inTransaction(db, () => {
    const newId = insertActivity(db, a, w.at);
    flushSearchIndex(db);
    recordAudit(db, w, 'activity', newId, 'create', undefined, getActivity(db, newId));
    return newId;
  });
  return getActivity(db, id);
}
