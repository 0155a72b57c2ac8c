import { audit } from '../db/repositories/audit.js';
import { getCandidate, insertCandidate, listCandidates } from '../db/repositories/candidates.js';
import { getSetting } from '../db/repositories/settings.js';
import { defineHandlers } from '../ipc/handlers.js';

export const candidateHandlers = defineHandlers({
  'candidates:create-candidate': (req, ctx) => {
    const db = ctx.vault.database();
    const at = ctx.clock.now().toISOString();
    const id = db.transaction(() => {
      const newId = insertCandidate(db, req, { at, defaultRegion: getSetting(db, 'phone.defaultRegion', 'US') });
      audit(db, { at, actor: ctx.host, entity: 'candidate', entityId: newId, action: 'create', after: { id: newId } });
      return newId;
    })();
    return getCandidate(db, id);
  },
  'candidates:get-candidate': (req, ctx) => getCandidate(ctx.vault.database(), req.id),
  'candidates:list-candidates': (req, ctx) => listCandidates(ctx.vault.database(), req.limit, req.offset),
});
