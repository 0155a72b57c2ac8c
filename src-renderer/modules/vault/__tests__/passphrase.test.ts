import { describe, expect, it } from 'vitest';
import { passphraseStrength, validateNewPassphrase } from '../passphrase.js';

describe('validateNewPassphrase', () => {
  it('requires the minimum length and a matching repeat', () => {
    expect(validateNewPassphrase('short', 'short')).toEqual({ passphrase: 'Use at least 10 characters' });
    expect(validateNewPassphrase('long enough words', 'long enough word')).toEqual({ repeat: 'The two passphrases do not match' });
    expect(validateNewPassphrase('long enough words', 'long enough words')).toEqual({});
  });
});

describe('passphraseStrength', () => {
  it('rates by length and unpredictability', () => {
    expect(passphraseStrength('').score).toBe(0);
    expect(passphraseStrength('abc').label).toBe('Too short');
    expect(passphraseStrength('abc').hint).toBe('7 more characters needed');
    expect(passphraseStrength('password123456').label).toBe('Easy to guess');
    expect(passphraseStrength('aaaaaaaaaaaa').label).toBe('Easy to guess');
    expect(passphraseStrength('blueberryx').score).toBeLessThan(3);
    expect(passphraseStrength('tidy mountain lantern orbit').score).toBe(4);
    expect(passphraseStrength('Gz7!kq2#Lm9p').score).toBeGreaterThanOrEqual(2);
  });
});
