import type { z } from 'zod';

/**
 * Zod's default wording ("Too big: expected string to have <=2 characters") reads like a stack trace in a form;
 * this says the same in a recruiter's words. Messages the schema spells out itself ("Job title is required") stay.
 */
export function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return `At most ${String(issue.maximum)} characters`;
      if (issue.origin === 'number') return `At most ${String(issue.maximum)}`;
      return issue.message;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return issue.message.startsWith('Too small') ? 'Required' : issue.message;
      if (issue.origin === 'number') return `At least ${String(issue.minimum)}`;
      return issue.message;
    case 'invalid_union': {
      // `email or ''` and `url or ''`: the interesting branch is the first one.
      const inner = issue.errors[0]?.[0];
      if (!inner) return 'Not a valid value';
      if (inner.code === 'invalid_format' && inner.format === 'url') return 'Not a valid web address: start with https://';
      return issueMessage(inner);
    }
    case 'invalid_format':
      if (issue.format === 'email') return 'Not a valid e-mail address';
      if (issue.format === 'url') return 'Not a valid web address: start with https://';
      return issue.message;
    case 'invalid_type':
      return issue.expected === 'number' ? 'Enter a number' : issue.message;
    default:
      return issue.message;
  }
}

/** The first message per top-level field of a failed parse. */
export function issuesByField(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '');
    if (key && !(key in out)) out[key] = issueMessage(issue);
  }
  return out;
}

/** "" → null, "85 000" → 85000; anything else that is not a whole number is an error. */
export function parseWhole(text: string): { value: number | null } | { error: string } {
  const t = text.replace(/[\s,'’_]/g, '');
  if (!t) return { value: null };
  if (!/^-?\d+$/.test(t)) return { error: 'Enter a whole number' };
  return { value: Number(t) };
}

/** Like parseWhole, for a percentage that may have decimals ("17.5"). */
export function parseDecimal(text: string): { value: number | null } | { error: string } {
  const t = text.replace(/\s/g, '').replace(',', '.');
  if (!t) return { value: null };
  const n = Number(t);
  return Number.isFinite(n) ? { value: n } : { error: 'Enter a number' };
}
