import type { z } from 'zod';
import { appContract } from './contracts/app.js';
import { activitiesContract } from './contracts/activities.js';
import { applicationsContract } from './contracts/applications.js';
import { attachmentsContract } from './contracts/attachments.js';
import { boardContract } from './contracts/board.js';
import { auditContract } from './contracts/audit.js';
import { candidatesContract } from './contracts/candidates.js';
import { clientsContract } from './contracts/clients.js';
import { jobsContract } from './contracts/jobs.js';
import { searchContract } from './contracts/search.js';
import { settingsContract } from './contracts/settings.js';
import { importsContract } from './contracts/imports.js';
import { exportsContract } from './contracts/exports.js';
import { vaultContract } from './contracts/vault.js';
import { kpiContract } from './contracts/kpi.js';
import { reportsContract } from './contracts/reports.js';
import { remindersContract } from './contracts/reminders.js';
import { poolsContract } from './contracts/pools.js';
import { templatesContract } from './contracts/templates.js';
import { outreachContract } from './contracts/outreach.js';
import { viewsContract } from './contracts/views.js';
import { listsContract, segmentsContract } from './contracts/segments.js';
import { personasContract } from './contracts/personas.js';

export { entityCounts, type EntityCounts } from './contracts/app.js';

/**
 * The one contract between renderer (or CLI, or any script) and the core, assembled from one slice per
 * domain. Channel names are `domain:verb-noun`. A channel here without a handler is a compile error in the core.
 */
export const contract = {
  ...appContract,
  ...vaultContract,
  ...candidatesContract,
  ...clientsContract,
  ...jobsContract,
  ...applicationsContract,
  ...boardContract,
  ...activitiesContract,
  ...attachmentsContract,
  ...auditContract,
  ...searchContract,
  ...settingsContract,
  ...importsContract,
  ...exportsContract,
  ...viewsContract,
  ...remindersContract,
  ...poolsContract,
  ...templatesContract,
  ...outreachContract,
  ...kpiContract,
  ...reportsContract,
  ...segmentsContract,
  ...listsContract,
  ...personasContract,
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type Req<C extends ChannelName> = z.output<Contract[C]['req']>;
/** What a caller may send (defaults not yet applied). */
export type ReqInput<C extends ChannelName> = z.input<Contract[C]['req']>;
export type Res<C extends ChannelName> = z.output<Contract[C]['res']>;

export const channelNames = Object.keys(contract) as ChannelName[];

export const isChannelName = (name: string): name is ChannelName =>
  Object.prototype.hasOwnProperty.call(contract, name);

export const CHANNEL_NAME_PATTERN = /^[a-z]+:[a-z]+(-[a-z]+)*$/;
