import { z } from 'zod';
import { defineCondition } from '../define.js';

/** Owned by one of these recruiters, or by nobody. */
export const ownerCondition = defineCondition(
  z
    .object({
      kind: z.literal('owner'),
      ownerIds: z.array(z.number().int().positive()).max(100).default([]),
      unassigned: z.boolean().default(false),
    })
    .strict()
    .refine((c) => c.ownerIds.length > 0 || c.unassigned, { message: 'Pick at least one owner', path: ['ownerIds'] }),
)({
  kind: 'owner',
  label: 'Owner',
  category: 'Profile',
  create: () => ({ kind: 'owner', ownerIds: [], unassigned: false }),
  evaluate: (c, f) => (f.ownerId === null ? c.unassigned : c.ownerIds.includes(f.ownerId)),
  describe: (c) => `Owner: ${[...c.ownerIds.map((id) => `#${id}`), ...(c.unassigned ? ['nobody'] : [])].join(', ')}`,
});
