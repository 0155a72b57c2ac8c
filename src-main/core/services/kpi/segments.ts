import type { ReadDb, WriteDb } from '../../db/database.js';
import { listSegmentRows } from '../../db/repositories/segments.js';
import { targetMemberIds } from '../segments/segments.js';

/**
 * The candidates in a saved segment, for the dashboard's segment filter: the segments service's own member
 * query (the same one its screens and bulk actions use), evaluated as of `now`. A missing segment is not_found.
 */
export function segmentMembers(db: WriteDb, segmentId: number, now: Date): number[] {
  return targetMemberIds(db, { type: 'segment', id: segmentId }, { now });
}

/** Saved segments for the filter menu. */
export function segmentChoices(db: ReadDb): { id: number; name: string }[] {
  return listSegmentRows(db).map((s) => ({ id: s.id, name: s.name }));
}
