import { z } from 'zod';
import { consentInput } from '../../candidate.js';
import { canonicalTimestamp, nowIso } from '../dates.js';
import { defineCondition } from '../define.js';

export const consentPurposes = consentInput.shape.purpose.options;

/**
 * Holds a consent for the purpose that is valid now: given, not withdrawn, not expired. Timestamps are compared
 * in canonical UTC because consents keep the offset they were recorded with.
 */
export const consentCondition = defineCondition(
  z.object({ kind: z.literal('consent'), purpose: consentInput.shape.purpose }).strict(),
)({
  kind: 'consent',
  label: 'Valid consent',
  category: 'Compliance',
  create: () => ({ kind: 'consent', purpose: 'recruitment' }),
  evaluate: (c, f, env) => {
    const now = nowIso(env);
    const after = (value: string) => {
      const at = canonicalTimestamp(value);
      return at !== null && at > now;
    };
    return f.consents.some((k) => {
      const given = canonicalTimestamp(k.givenAt);
      return (
        k.purpose === c.purpose &&
        given !== null &&
        given <= now &&
        (k.withdrawnAt === null || after(k.withdrawnAt)) &&
        (k.expiresAt === null || after(k.expiresAt))
      );
    });
  },
  describe: (c) => `Valid ${c.purpose} consent`,
});
