import { z } from 'zod';
import { matchReason, persona, personaInput, personaPatch } from '../../domain/personas.js';
import { idRequest } from './common.js';
import { segmentMember } from './segments.js';

const id = z.number().int().positive();
const bucket = z.array(z.object({ value: z.string(), count: z.number().int() }));

export const personaSummary = z.object({
  id: z.number().int(),
  name: z.string(),
  description: z.string(),
  segmentId: z.number().int().nullable(),
  segmentName: z.string().nullable(),
  memberCount: z.number().int().nullable(),
  updatedAt: z.string(),
});
export type PersonaSummary = z.infer<typeof personaSummary>;

export const scoredMember = segmentMember.extend({ score: z.number().int().nullable(), reasons: z.array(matchReason) });
export type ScoredMember = z.infer<typeof scoredMember>;

export const personaReport = z.object({
  persona,
  segment: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  memberCount: z.number().int(),
  /** Members scored (the best `limit` are returned); capped for very large segments. */
  scored: z.number().int(),
  distribution: z.object({ seniority: bucket, country: bucket, source: bucket }),
  members: z.array(scoredMember),
});
export type PersonaReport = z.infer<typeof personaReport>;

export const personasContract = {
  'personas:list-personas': { req: z.object({}).strict(), res: z.object({ items: z.array(personaSummary) }) },
  'personas:get-persona': { req: idRequest, res: persona },
  /** Names are unique (ignoring case). */
  'personas:create-persona': { req: personaInput, res: persona },
  'personas:update-persona': { req: z.object({ id, version: z.number().int().positive(), patch: personaPatch }).strict(), res: persona },
  'personas:delete-persona': { req: z.object({ id }).strict(), res: z.object({ id: z.number().int(), deleted: z.literal(true) }) },
  /** The persona page: its segment's members, their distribution, and each one's match score with reasons, best first. */
  'personas:get-report': {
    req: z.object({ id, limit: z.number().int().min(1).max(200).default(50) }).strict(),
    res: personaReport,
  },
} as const;
