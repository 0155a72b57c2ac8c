import { z } from 'zod';

/** A list of values typed or picked in the builder: trimmed, at least one, bounded. */
export const valueList = (what: string, max = 100) =>
  z.array(z.string().trim().min(1).max(120)).min(1, `Pick at least one ${what}`).max(max, `At most ${max} ${what}s`);

export const idList = (what: string, max = 100) =>
  z.array(z.number().int().positive()).min(1, `Pick at least one ${what}`).max(max, `At most ${max} ${what}s`);

export const matchMode = z.enum(['any', 'all']);
