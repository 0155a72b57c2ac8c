import { isSupportedCountry } from 'libphonenumber-js';
import { CodedError } from '../../../src-shared/ipc/result.js';
import { listAuditEntries } from '../db/repositories/audit-log.js';
import { getSetting, setSetting } from '../db/repositories/settings.js';
import { defineHandlers } from '../ipc/handlers.js';
import { ReaderGone } from '../jobs/search-reader.js';
import { PHONE_REGION_SETTING, phoneRegion } from '../services/duplicates.js';
import { searchCandidates, searchCandidatesCounted } from '../services/search.js';
import { inTransaction, recordAudit } from '../services/write-meta.js';
import { writeContext } from './write-context.js';

/** Audit trail, search and the data settings: small slices that read across the other domains. */
export const recordHandlers = defineHandlers({
  'audit:list-entries': (req, ctx) => listAuditEntries(ctx.vault.database(), req.entity, req.entityId, req.limit, req.offset),
  'search:search-candidates': (req, ctx) => {
    const db = ctx.vault.database();
    const reader = ctx.searchReader;
    if (!reader?.available) {
      reader?.start();
      return searchCandidates(db, req.query, req);
    }
    return searchCandidatesCounted(db, reader, req.query, req, (error) => {
      if (error instanceof ReaderGone && (error.reason === 'stopped' || error.reason === 'not-running')) return;
      ctx.logger.error('search reader failed; this search counted on the main connection', { kind: error instanceof Error ? error.message : typeof error });
    });
  },
  'settings:get-settings': (_req, ctx) => ({ phoneDefaultRegion: phoneRegion(ctx.vault.database()) }),
  'settings:update-settings': (req, ctx) => {
    const db = ctx.vault.database();
    if (req.phoneDefaultRegion !== undefined) {
      const region = req.phoneDefaultRegion;
      if (!isSupportedCountry(region)) {
        throw new CodedError('invalid_input', `"${region}" is not a region with a known phone numbering plan`, 'phoneDefaultRegion');
      }
      const w = writeContext(ctx);
      inTransaction(db, () => {
        const before = getSetting(db, PHONE_REGION_SETTING, null);
        setSetting(db, PHONE_REGION_SETTING, region);
        recordAudit(db, w, 'settings', null, 'update', { [PHONE_REGION_SETTING]: before }, { [PHONE_REGION_SETTING]: region });
      });
    }
    return { phoneDefaultRegion: phoneRegion(db) };
  },
});
