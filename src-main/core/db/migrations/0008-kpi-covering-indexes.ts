import type { Migration } from './types.js';

/**
 * The KPI dashboard counts the offers extended in each period with their outcome, job and candidate. Through
 * the 0004 index that was one random application-row read per offer: ~6.8k per period on the 100k bench agency
 * (118 ms under load); this covering index answers it as one range (20 ms). It replaces the 0004 index, whose
 * column it leads with.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'kpi-covering-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX applications_offers ON applications(offer_extended_at, candidate_id, job_id, offer_accepted_at, offer_declined_at)
        WHERE offer_extended_at IS NOT NULL;
      DROP INDEX applications_offer_extended;
    `);
  },
};
