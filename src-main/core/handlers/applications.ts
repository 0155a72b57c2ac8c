import { getApplication, listApplications } from '../db/repositories/applications.js';
import { defineHandlers } from '../ipc/handlers.js';
import {
  acceptOffer,
  closeApplication,
  createApplication,
  declineOffer,
  extendOffer,
  moveApplication,
  setPlacementFee,
} from '../services/applications.js';
import { writeContext } from './write-context.js';

export const applicationHandlers = defineHandlers({
  'applications:create-application': (req, ctx) => createApplication(ctx.vault.database(), req, writeContext(ctx)),
  'applications:get-application': (req, ctx) => getApplication(ctx.vault.database(), req.id),
  'applications:list-applications': (req, ctx) => listApplications(ctx.vault.database(), req),
  'applications:move-application': (req, ctx) => moveApplication(ctx.vault.database(), req, writeContext(ctx)),
  'applications:reject-application': (req, ctx) => closeApplication(ctx.vault.database(), req, 'rejected', writeContext(ctx)),
  'applications:withdraw-application': (req, ctx) => closeApplication(ctx.vault.database(), req, 'withdrawn', writeContext(ctx)),
  'applications:extend-offer': (req, ctx) => extendOffer(ctx.vault.database(), req, writeContext(ctx)),
  'applications:accept-offer': (req, ctx) => acceptOffer(ctx.vault.database(), req, writeContext(ctx)),
  'applications:decline-offer': (req, ctx) => declineOffer(ctx.vault.database(), req, writeContext(ctx)),
  'applications:set-placement-fee': (req, ctx) => setPlacementFee(ctx.vault.database(), req, writeContext(ctx)),
});
