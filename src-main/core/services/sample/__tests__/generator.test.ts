import { afterEach, describe, expect, it } from 'vitest';
import type { WriteDb } from '../../../db/database.js';
import { entityCounts } from '../../../db/repositories/overview.js';
import { openTestDb } from '../../__tests__/fixtures.js';
import { generateSampleAgency } from '../generator.js';

const opened: { cleanup(): void }[] = [];
afterEach(() => {
  for (const o of opened.splice(0)) o.cleanup();
});
const fresh = (): WriteDb => {
  const t = openTestDb();
  opened.push(t);
  return t.db;
};
const NOW = new Date('2026-05-01T09:00:00.000Z');

/** Everything a load writes that a recruiter sees, in id order. */
function digest(db: WriteDb): string {
  const rows = (q: string) => db.prepare(q).raw().all();
  return JSON.stringify({
    counts: entityCounts(db),
    candidates: rows('SELECT id, display_name, current_title, city, country, source, created_at FROM candidates ORDER BY id'),
    applications: rows('SELECT id, candidate_id, job_id, stage_id, stage_type, status, offer_accepted_at FROM applications ORDER BY id'),
    activities: rows('SELECT id, candidate_id, channel, direction, occurred_at FROM activities ORDER BY id'),
    jobs: rows('SELECT id, status, filled_at FROM jobs ORDER BY id'),
  });
}

describe('sample agency generator', () => {
  it('writes the same agency inside the caller’s transaction (time slices) as in committed chunks', async () => {
    const chunked = fresh();
    await generateSampleAgency(chunked, { candidates: 45, seed: 7, now: NOW, chunkSize: 10 });

    const outer = fresh();
    const phases: string[] = [];
    outer.exec('BEGIN IMMEDIATE');
    await generateSampleAgency(outer, { candidates: 45, seed: 7, now: NOW, onProgress: (_d, _t, phase) => phases.push(phase) });
    expect(outer.inTransaction).toBe(true);
    outer.exec('COMMIT');

    expect(digest(outer)).toBe(digest(chunked));
    expect(entityCounts(outer).candidates).toBe(45);
    expect(phases.at(-1)).toBe('done');
  });

  it('inside the caller’s transaction a failure rolls everything back', async () => {
    const db = fresh();
    db.exec('BEGIN IMMEDIATE');
    let calls = 0;
    await expect(
      generateSampleAgency(db, {
        candidates: 30,
        seed: 7,
        now: NOW,
        onProgress: (_d, _t, phase) => {
          if (phase === 'candidates' && ++calls === 1) throw new Error('disk full');
        },
      }),
    ).rejects.toThrow('disk full');
    db.exec('ROLLBACK');
    expect(entityCounts(db)).toMatchObject({ candidates: 0, clients: 0, jobs: 0, applications: 0, activities: 0 });
  });
});
