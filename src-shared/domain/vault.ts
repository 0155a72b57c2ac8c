import { z } from 'zod';

export const vaultProtection = z.enum(['passphrase', 'os-keychain']);
export type VaultProtection = z.infer<typeof vaultProtection>;

export const vaultStatus = z.object({
  state: z.enum(['absent', 'locked', 'unlocked']),
  /** How the data key is wrapped on disk; null while no vault exists. */
  protection: vaultProtection.nullable(),
  /** Whether this host can keep the key in the OS keychain (Electron safeStorage, not Linux basic_text). */
  keychainAvailable: z.boolean(),
  dataDir: z.string(),
  schemaVersion: z.number().int().nullable(),
});
export type VaultStatus = z.infer<typeof vaultStatus>;

export const MIN_PASSPHRASE_LENGTH = 10;

export const passphrase = z
  .string()
  .min(MIN_PASSPHRASE_LENGTH, `Use at least ${MIN_PASSPHRASE_LENGTH} characters`)
  .max(1024, 'Use at most 1024 characters');

/** Entered passphrases are checked against the key file, not against the creation rules. */
export const enteredPassphrase = z.string().min(1, 'Enter your passphrase').max(1024);
