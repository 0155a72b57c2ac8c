import { describe, expect, it, vi } from 'vitest';
import { takeSessionToken } from '../token.js';

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

describe('takeSessionToken', () => {
  it('moves the token from the fragment into session storage and clears the address bar', () => {
    const storage = memoryStorage();
    const history = { state: null, replaceState: vi.fn() };
    const token = takeSessionToken({ hash: '#token=abc-_123', pathname: '/', search: '' }, history, storage);
    expect(token).toBe('abc-_123');
    expect(history.replaceState).toHaveBeenCalledWith(null, '', '/');
    // A reload has no fragment any more but still finds the token.
    expect(takeSessionToken({ hash: '', pathname: '/', search: '' }, history, storage)).toBe('abc-_123');
    expect(history.replaceState).toHaveBeenCalledTimes(1);
  });

  it('returns null when the page was opened without a token', () => {
    expect(takeSessionToken({ hash: '', pathname: '/', search: '' }, { state: null, replaceState: vi.fn() }, memoryStorage())).toBeNull();
  });
});
