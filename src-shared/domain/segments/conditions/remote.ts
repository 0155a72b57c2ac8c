import { z } from 'zod';
import { remotePreferences } from '../../candidate.js';
import { defineCondition, listText } from '../define.js';

export const remoteValues = [...remotePreferences, 'unknown'] as const;

/** Remote preference is one of these ("unknown": not recorded). */
export const remoteCondition = defineCondition(
  z
    .object({ kind: z.literal('remote'), values: z.array(z.enum(remoteValues)).min(1, 'Pick at least one preference').max(remoteValues.length) })
    .strict(),
)({
  kind: 'remote',
  label: 'Remote preference',
  category: 'Location',
  create: () => ({ kind: 'remote', values: [] }),
  evaluate: (c, f) => (f.remotePreference === null ? c.values.includes('unknown') : c.values.includes(f.remotePreference)),
  describe: (c) => `Remote preference: ${listText(c.values)}`,
});
