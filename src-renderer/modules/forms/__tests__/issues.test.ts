import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorPath, fieldMessage } from '../record-form-store.js';
import { issuesByField, parseDecimal, parseWhole } from '../issues.js';

describe('form messages', () => {
  it('says zod’s defaults in plain words, keeps a schema’s own message', () => {
    const schema = z.object({
      title: z.string().min(1, 'Job title is required').max(5),
      openings: z.number().int().min(1),
      website: z.union([z.url(), z.literal('')]),
      email: z.union([z.email('Not a valid e-mail address'), z.literal('')]),
    });
    const r = schema.safeParse({ title: 'far too long', openings: 0, website: 'nope', email: 'x@' });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(issuesByField(r.error)).toEqual({
        title: 'At most 5 characters',
        openings: 'At least 1',
        website: 'Not a valid web address: start with https://',
        email: 'Not a valid e-mail address',
      });
    }
    const empty = schema.safeParse({ title: '', openings: 1, website: '', email: '' });
    if (!empty.success) expect(issuesByField(empty.error)).toEqual({ title: 'Job title is required' });
  });

  it('reads numbers as people type them', () => {
    expect(parseWhole('85 000')).toEqual({ value: 85000 });
    expect(parseWhole('85,000')).toEqual({ value: 85000 });
    expect(parseWhole('')).toEqual({ value: null });
    expect(parseWhole('85k')).toEqual({ error: 'Enter a whole number' });
    expect(parseDecimal('17,5')).toEqual({ value: 17.5 });
    expect(parseDecimal('abc')).toEqual({ error: 'Enter a number' });
  });

  it('finds the field a core error names, without repeating the path in the message', () => {
    const e = { code: 'invalid_input' as const, message: 'patch.title: At most 200 characters', field: 'patch.title' };
    expect(errorPath(e)).toBe('patch.title');
    expect(fieldMessage(e)).toBe('At most 200 characters');
    expect(errorPath({ code: 'invalid_input', message: 'country: Too long' })).toBe('country');
    expect(errorPath({ code: 'conflict', message: 'Globex has 1 job; close them first' })).toBeNull();
  });
});
