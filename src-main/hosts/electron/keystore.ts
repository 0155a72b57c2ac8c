import type { SafeStorage } from 'electron';
import type { KeyWrapper } from '../../core/vault/keyfile.js';
import { keychainUsable } from './policy.js';

export type SafeStorageLike = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> &
  Partial<Pick<SafeStorage, 'getSelectedStorageBackend'>>;

/** Recorded in the key file so a vault moved to another host says which facility wrapped it. */
export const SAFE_STORAGE_WRAPPER_NAME = 'electron-safeStorage';

/**
 * The data key wrapped by the OS keychain (macOS Keychain, Windows DPAPI, libsecret/kwallet on Linux).
 * Call after `app` is ready: before that, Linux reports no backend and this says unavailable.
 */
export function createSafeStorageKeyWrapper(safeStorage: SafeStorageLike, platform: NodeJS.Platform = process.platform): KeyWrapper {
  const available = (): boolean => {
    // isEncryptionAvailable can throw on exotic Linux setups; unavailable is the safe answer.
    try {
      return keychainUsable({
        platform,
        encryptionAvailable: safeStorage.isEncryptionAvailable(),
        linuxBackend: platform === 'linux' ? safeStorage.getSelectedStorageBackend?.() : undefined,
      });
    } catch {
      return false;
    }
  };
  const requireAvailable = () => {
    // Never let safeStorage fall back to basic_text: that would write a key anyone can unwrap.
    if (!available()) throw new Error('The OS keychain is not available');
  };
  return {
    name: SAFE_STORAGE_WRAPPER_NAME,
    available,
    wrap(key) {
      requireAvailable();
      // safeStorage takes strings; base64 keeps the 32 raw bytes intact through it.
      return safeStorage.encryptString(key.toString('base64'));
    },
    unwrap(blob) {
      requireAvailable();
      const text = safeStorage.decryptString(blob);
      if (!/^[A-Za-z0-9+/]+=*$/.test(text)) throw new Error('The keychain returned something that is not a wrapped key');
      return Buffer.from(text, 'base64');
    },
  };
}
