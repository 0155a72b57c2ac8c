import { MIN_PASSPHRASE_LENGTH } from '../../../src-shared/domain/vault.js';

export interface Strength {
  /** 0 (nothing typed) … 4 (strong) */
  score: 0 | 1 | 2 | 3 | 4;
  label: string;
  hint: string;
}

// Not a cracking model: a nudge towards long, unpredictable passphrases. The hard rule (minimum length)
// is enforced by the core; this only explains what "better" looks like.
const COMMON = ['password', 'passphrase', 'qwerty', 'azerty', '123456', 'letmein', 'welcome', 'rapport', 'admin', 'iloveyou', 'abc123'];

export function passphraseStrength(value: string): Strength {
  if (value.length === 0) return { score: 0, label: 'Not set', hint: `Use at least ${MIN_PASSPHRASE_LENGTH} characters` };
  if (value.length < MIN_PASSPHRASE_LENGTH) {
    const missing = MIN_PASSPHRASE_LENGTH - value.length;
    return { score: 1, label: 'Too short', hint: `${missing} more character${missing === 1 ? '' : 's'} needed` };
  }
  const lower = value.toLowerCase();
  const distinct = new Set(lower).size;
  if (distinct < 5 || COMMON.some((w) => lower.includes(w)) || /^(.+?)\1+$/.test(lower)) {
    return { score: 1, label: 'Easy to guess', hint: 'Avoid common words and repeats; try a few unrelated words' };
  }
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(value)).length;
  const words = value.trim().split(/[\s\-_.]+/).filter((w) => w.length >= 3).length;
  let score = value.length >= 20 ? 3 : value.length >= 14 ? 2 : 1;
  if (classes >= 3 || words >= 4) score += 1;
  const s = Math.min(4, Math.max(1, score)) as Strength['score'];
  const labels = { 1: 'Weak', 2: 'Fair', 3: 'Good', 4: 'Strong' } as const;
  const hints = {
    1: 'Longer is stronger: try four or more unrelated words',
    2: 'Add a word or two to make it harder to guess',
    3: 'A few more characters make it strong',
    4: '',
  } as const;
  return { score: s, label: labels[s as 1 | 2 | 3 | 4], hint: hints[s as 1 | 2 | 3 | 4] };
}

export interface NewPassphraseErrors {
  passphrase?: string;
  repeat?: string;
}

/** The checks a new passphrase must pass before we send it (the repeat only exists in the form). */
export function validateNewPassphrase(passphrase: string, repeat: string): NewPassphraseErrors {
  const errors: NewPassphraseErrors = {};
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) errors.passphrase = `Use at least ${MIN_PASSPHRASE_LENGTH} characters`;
  else if (passphrase.length > 1024) errors.passphrase = 'Use at most 1024 characters';
  if (!errors.passphrase && repeat !== passphrase) errors.repeat = 'The two passphrases do not match';
  return errors;
}
