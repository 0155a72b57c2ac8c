import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { unwrapKey, wrapWithKeychain } from '../../../core/vault/keyfile.js';
import { createSafeStorageKeyWrapper, SAFE_STORAGE_WRAPPER_NAME, type SafeStorageLike } from '../keystore.js';

/** Stands in for safeStorage: a reversible transform, so a round trip proves the bytes survive. */
function fakeSafeStorage(backend: string = 'gnome_libsecret', available = true) {
  const mask = (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a));
  const calls = { encrypt: 0 };
  const storage: SafeStorageLike = {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend as ReturnType<NonNullable<SafeStorageLike['getSelectedStorageBackend']>>,
    encryptString: (text) => {
      calls.encrypt += 1;
      return mask(Buffer.from(text, 'utf8'));
    },
    decryptString: (blob) => mask(blob).toString('utf8'),
  };
  return { storage, calls };
}

describe('safeStorage key wrapper', () => {
  it('round-trips a 32-byte key through the keychain', () => {
    const wrapper = createSafeStorageKeyWrapper(fakeSafeStorage().storage, 'linux');
    const key = randomBytes(32);
    const blob = wrapper.wrap(key);
    expect(blob.equals(key)).toBe(false);
    expect(wrapper.unwrap(blob).equals(key)).toBe(true);
    expect(wrapper.name).toBe(SAFE_STORAGE_WRAPPER_NAME);
  });

  it('works with the vault key file format end to end', async () => {
    const wrapper = createSafeStorageKeyWrapper(fakeSafeStorage().storage, 'darwin');
    const key = randomBytes(32);
    const file = wrapWithKeychain(key, wrapper);
    expect(file).toMatchObject({ protection: 'os-keychain', wrapper: SAFE_STORAGE_WRAPPER_NAME });
    expect((await unwrapKey(file, { wrapper })).equals(key)).toBe(true);
  });

  it('refuses the Linux basic_text backend and never encrypts with it', () => {
    const { storage, calls } = fakeSafeStorage('basic_text');
    const wrapper = createSafeStorageKeyWrapper(storage, 'linux');
    expect(wrapper.available()).toBe(false);
    expect(() => wrapper.wrap(randomBytes(32))).toThrow(/not available/);
    expect(calls.encrypt).toBe(0);
  });

  it('ignores the backend name outside Linux', () => {
    expect(createSafeStorageKeyWrapper(fakeSafeStorage('basic_text').storage, 'win32').available()).toBe(true);
    expect(createSafeStorageKeyWrapper(fakeSafeStorage('gnome_libsecret', false).storage, 'darwin').available()).toBe(false);
  });

  it('says unavailable when safeStorage throws', () => {
    const storage = { ...fakeSafeStorage().storage, isEncryptionAvailable: () => { throw new Error('dbus'); } };
    expect(createSafeStorageKeyWrapper(storage, 'linux').available()).toBe(false);
  });

  it('rejects a decrypted value that is not a wrapped key', () => {
    const { storage } = fakeSafeStorage();
    const wrapper = createSafeStorageKeyWrapper(storage, 'linux');
    expect(() => wrapper.unwrap(storage.encryptString('not base64!'))).toThrow(/not a wrapped key/);
  });
});
