import { describe, expect, it } from 'vitest';
import { DETAIL_FIELDS, patchFor, validateField } from '../components/fields.js';
import { consentStatus, isResumeFile } from '../files.js';

const def = (key: string) => DETAIL_FIELDS.find((d) => d.key === key)!;

describe('inline field validation uses the shared schema', () => {
  it('names the problem before the round trip', () => {
    expect(validateField(def('country'), 'Norway')).toBe('Use a 2-letter country code, e.g. NO');
    expect(validateField(def('country'), 'no')).toBeNull();
    expect(validateField(def('firstName'), '')).toBe('First name is required');
    expect(validateField(def('noticePeriodDays'), 'soon')).toBe('Enter a number');
    expect(validateField(def('noticePeriodDays'), '5000')).not.toBeNull();
  });

  it('turns text into the value the contract expects', () => {
    expect(patchFor(def('noticePeriodDays'), '30')).toEqual({ noticePeriodDays: 30 });
    expect(patchFor(def('noticePeriodDays'), '')).toEqual({ noticePeriodDays: null });
    expect(patchFor(def('seniority'), '')).toEqual({ seniority: null });
    expect(patchFor(def('languages'), 'Norwegian, English;German')).toEqual({ languages: ['Norwegian', 'English', 'German'] });
  });

  it('reads consent status and resume file types', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    expect(consentStatus({ expiresAt: null, withdrawnAt: null }, now)).toBe('active');
    expect(consentStatus({ expiresAt: '2026-01-01T00:00:00Z', withdrawnAt: null }, now)).toBe('expired');
    expect(consentStatus({ expiresAt: null, withdrawnAt: '2026-02-01T00:00:00Z' }, now)).toBe('withdrawn');
    expect(isResumeFile('CV.PDF')).toBe(true);
    expect(isResumeFile('photo.png')).toBe(false);
  });
});
