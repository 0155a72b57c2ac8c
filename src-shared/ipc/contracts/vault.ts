import { z } from 'zod';
import { enteredPassphrase, passphrase, vaultStatus } from '../../domain/vault.js';
import { empty } from './common.js';

export const vaultContract = {
  'vault:get-status': { req: empty, res: vaultStatus },
  'vault:create': {
    req: z.object({ passphrase: passphrase.optional(), useKeychain: z.boolean().default(false) }).strict(),
    res: vaultStatus,
  },
  'vault:unlock': { req: z.object({ passphrase: enteredPassphrase.optional() }).strict(), res: vaultStatus },
  'vault:lock': { req: empty, res: vaultStatus },
  'vault:change-passphrase': {
    req: z.object({ current: enteredPassphrase, next: passphrase }).strict(),
    res: vaultStatus,
  },
  'vault:rekey-database': {
    req: z.object({ passphrase: enteredPassphrase.optional() }).strict(),
    res: z.object({ status: vaultStatus, rekeyedAt: z.string() }),
  },
} as const;
