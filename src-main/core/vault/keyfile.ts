import { createCipheriv, createDecipheriv, randomBytes, scrypt as scryptCb, type ScryptOptions } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CodedError } from '../../../src-shared/ipc/result.js';

/** Wraps the data key with an OS facility (Electron safeStorage). Provided by a host; the core never imports it. */
export interface KeyWrapper {
  readonly name: string;
  available(): boolean;
  wrap(key: Buffer): Buffer;
  unwrap(blob: Buffer): Buffer;
}

const FORMAT = 'rapport-key/1';
// OWASP's scrypt floor (N=2^17, r=8, p=1): ~0.4 s and 128 MiB once per unlock, nothing per query.
export const DEFAULT_SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const;

const b64 = z.string().regex(/^[A-Za-z0-9+/]+=*$/);
const passphraseFile = z.object({
  format: z.literal(FORMAT),
  protection: z.literal('passphrase'),
  kdf: z.object({ name: z.literal('scrypt'), N: z.number().int(), r: z.number().int(), p: z.number().int(), salt: b64 }),
  cipher: z.literal('aes-256-gcm'),
  iv: b64,
  tag: b64,
  wrapped: b64,
});
const keychainFile = z.object({
  format: z.literal(FORMAT),
  protection: z.literal('os-keychain'),
  wrapper: z.string(),
  wrapped: b64,
});
export const keyFileSchema = z.discriminatedUnion('protection', [passphraseFile, keychainFile]);
export type KeyFile = z.infer<typeof keyFileSchema>;

const scrypt = (secret: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 };
    // The async form runs on the libuv pool, so deriving never blocks the event loop.
    scryptCb(secret.normalize('NFC'), salt, 32, options, (error, derived) => (error ? reject(error) : resolve(derived)));
  });

export const newDataKey = (): Buffer => randomBytes(32);

export async function wrapWithPassphrase(
  key: Buffer,
  passphrase: string,
  params: { N: number; r: number; p: number } = DEFAULT_SCRYPT,
): Promise<KeyFile> {
  const salt = randomBytes(16);
  const kek = await scrypt(passphrase, salt, params);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(Buffer.from(FORMAT));
  const wrapped = Buffer.concat([cipher.update(key), cipher.final()]);
  return {
    format: FORMAT,
    protection: 'passphrase',
    kdf: { name: 'scrypt', ...params, salt: salt.toString('base64') },
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    wrapped: wrapped.toString('base64'),
  };
}

export function wrapWithKeychain(key: Buffer, wrapper: KeyWrapper): KeyFile {
  return { format: FORMAT, protection: 'os-keychain', wrapper: wrapper.name, wrapped: wrapper.wrap(key).toString('base64') };
}

export async function unwrapKey(file: KeyFile, secret: { passphrase?: string; wrapper?: KeyWrapper }): Promise<Buffer> {
  if (file.protection === 'passphrase') {
    if (secret.passphrase === undefined) throw new CodedError('locked', 'This vault is locked with a passphrase');
    const { N, r, p, salt } = file.kdf;
    const kek = await scrypt(secret.passphrase, Buffer.from(salt, 'base64'), { N, r, p });
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(file.iv, 'base64'));
    decipher.setAAD(Buffer.from(FORMAT));
    decipher.setAuthTag(Buffer.from(file.tag, 'base64'));
    try {
      const key = Buffer.concat([decipher.update(Buffer.from(file.wrapped, 'base64')), decipher.final()]);
      if (key.length !== 32) throw new Error('bad length');
      return key;
    } catch {
      throw new CodedError('wrong_passphrase', 'That passphrase is not correct. Nothing was changed.', 'passphrase');
    }
  }
  if (!secret.wrapper?.available()) {
    throw new CodedError('unsupported', 'This vault is protected by the OS keychain, which is not available here');
  }
  let key: Buffer;
  try {
    key = secret.wrapper.unwrap(Buffer.from(file.wrapped, 'base64'));
  } catch {
    throw new CodedError('wrong_passphrase', 'The OS keychain could not unwrap the vault key (was it created for another user?)');
  }
  if (key.length !== 32) throw new CodedError('wrong_passphrase', 'The OS keychain returned a key of the wrong size');
  return key;
}

export async function readKeyFile(file: string): Promise<KeyFile | null> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CodedError('internal', `The key file ${path.basename(file)} is damaged (not JSON)`);
  }
  const parsed = keyFileSchema.safeParse(json);
  if (!parsed.success) throw new CodedError('internal', `The key file ${path.basename(file)} has an unknown format`);
  return parsed.data;
}

/** Write-then-rename so a crash leaves either the old or the new key file, never half of one. */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await fs.open(tmp, 'w', 0o600);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(tmp, file);
}

export const serializeKeyFile = (file: KeyFile): string => `${JSON.stringify(file, null, 2)}\n`;
