import { entityCounts } from '../db/repositories/overview.js';
import { getSetting, setSetting } from '../db/repositories/settings.js';
import { defineHandlers } from '../ipc/handlers.js';
import { APP_VERSION } from '../version.js';

export const appHandlers = defineHandlers({
  'app:get-info': (_req, ctx) => ({ name: 'Rapport', version: APP_VERSION, host: ctx.host, platform: process.platform }),
  'app:get-overview': (_req, ctx) => {
    const db = ctx.vault.database();
    return {
      counts: entityCounts(db),
      sampleOfferDismissed: getSetting(db, 'onboarding.sampleOfferDismissed', false),
      agencyName: getSetting(db, 'agency.name', ''),
    };
  },
  'app:dismiss-sample-offer': (_req, ctx) => {
    setSetting(ctx.vault.database(), 'onboarding.sampleOfferDismissed', true);
    return { dismissed: true as const };
  },
});
