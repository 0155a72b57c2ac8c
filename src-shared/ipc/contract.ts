import { z } from 'zod';
import { candidate, candidateInput, candidateSummary } from '../domain/candidate.js';
import { enteredPassphrase, passphrase, vaultStatus } from '../domain/vault.js';

const empty = z.object({}).strict();

export const entityCounts = z.object({
  candidates: z.number().int(),
  clients: z.number().int(),
  contacts: z.number().int(),
  jobs: z.number().int(),
  applications: z.number().int(),
  activities: z.number().int(),
});
export type EntityCounts = z.infer<typeof entityCounts>;

/**
 * The one contract between renderer (or CLI, or any script) and the core.
 * Channel names are `domain:verb-noun`. Adding a channel here without a handler is a compile error in the core.
 */
export const contract = {
  'app:get-info': {
    req: empty,
    res: z.object({
      name: z.string(),
      version: z.string(),
      host: z.enum(['electron', 'node', 'cli']),
      platform: z.string(),
    }),
  },
  'app:get-overview': {
    req: empty,
    res: z.object({ counts: entityCounts, sampleOfferDismissed: z.boolean(), agencyName: z.string() }),
  },
  'app:dismiss-sample-offer': { req: empty, res: z.object({ dismissed: z.literal(true) }) },

  'vault:get-status': { req: empty, res: vaultStatus },
  'vault:create': {
    req: z.object({ passphrase: passphrase.optional(), useKeychain: z.boolean().default(false) }).strict(),
    res: vaultStatus,
  },
  'vault:unlock': { req: z.object({ passphrase: enteredPassphrase }).strict(), res: vaultStatus },
  'vault:lock': { req: empty, res: vaultStatus },
  'vault:change-passphrase': {
    req: z.object({ current: enteredPassphrase, next: passphrase }).strict(),
    res: vaultStatus,
  },
  'vault:rekey-database': {
    req: z.object({ passphrase: enteredPassphrase.optional() }).strict(),
    res: z.object({ status: vaultStatus, rekeyedAt: z.string() }),
  },

  'demo:load-sample': {
    req: z
      .object({
        candidates: z.number().int().min(1).max(200_000).default(400),
        seed: z.number().int().min(0).max(2 ** 31 - 1).default(42),
      })
      .strict(),
    res: z.object({ counts: entityCounts, ms: z.number() }),
  },

  'candidates:create-candidate': { req: candidateInput, res: candidate },
  'candidates:get-candidate': { req: z.object({ id: z.number().int().positive() }).strict(), res: candidate },
  'candidates:list-candidates': {
    req: z
      .object({
        limit: z.number().int().min(1).max(500).default(50),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    res: z.object({ items: z.array(candidateSummary), total: z.number().int() }),
  },
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
