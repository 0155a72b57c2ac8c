import { z } from 'zod';
import { channel, seniority, seniorityLevels, type Channel, type Seniority } from './candidate.js';
import { patchSchema } from './patch.js';
import { sameNoCase } from './segments/define.js';
import { searchTokens } from './segments/text-match.js';

/**
 * Personas: the kinds of candidate an agency hunts for, described in recruiter terms and linked to the saved
 * segment that finds them. The match score says how close one member is to the persona, with its reasons.
 */

const text = (max: number) => z.string().trim().max(max);

export const personaSkill = z
  .object({
    name: text(80).min(1),
    /** The level the persona typically has (1–5); null: any level. */
    minLevel: z.number().int().min(1).max(5).nullable().default(null),
  })
  .strict();
export type PersonaSkill = z.output<typeof personaSkill>;

export const personaInput = z
  .object({
    name: text(120).min(1, 'Give the persona a name'),
    description: text(4000).default(''),
    motivations: text(4000).default(''),
    careerGoals: text(4000).default(''),
    skills: z.array(personaSkill).max(30).default([]),
    seniority: z.array(seniority).max(seniorityLevels.length).default([]),
    industries: z.array(text(80).min(1)).max(20).default([]),
    channels: z.array(channel).max(9).default([]),
    notes: text(10_000).default(''),
    /** The saved segment whose members are this persona's candidates. */
    segmentId: z.number().int().positive().nullable().default(null),
  })
  .strict();
export type PersonaInput = z.input<typeof personaInput>;
export type PersonaFields = z.output<typeof personaInput>;

export const personaPatch = patchSchema(personaInput.shape);
export type PersonaPatch = z.output<typeof personaPatch>;

export const persona = personaInput.extend({
  id: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Persona = z.infer<typeof persona>;

/** What scoring looks at for one candidate. */
export interface PersonaCandidate {
  seniority: Seniority | null;
  skills: { name: string; level: number | null; years: number | null }[];
  industries: string[];
  preferredChannel: Channel | null;
  careerGoals: string;
}

export const matchDimensions = ['skills', 'seniority', 'industries', 'channel', 'goals'] as const;
export type MatchDimension = (typeof matchDimensions)[number];

/** Relative weights; only the dimensions a persona describes count, and they are scaled to 100. */
export const MATCH_WEIGHTS: Record<MatchDimension, number> = { skills: 40, seniority: 20, industries: 15, channel: 10, goals: 15 };

export const matchReason = z.object({
  dimension: z.enum(matchDimensions),
  /** Points earned and available on the 0–100 scale (one decimal). */
  points: z.number(),
  max: z.number(),
  text: z.string(),
});
export type MatchReason = z.infer<typeof matchReason>;
export interface MatchScore {
  /** 0–100, rounded; null when the persona describes nothing to compare. */
  score: number | null;
  reasons: MatchReason[];
}

const ladder: readonly Seniority[] = seniorityLevels;
const round1 = (n: number): number => Math.round(n * 10) / 10;

/** Words that carry meaning in a goal ("move into leadership" → move, into, leadership), folded like search. */
const goalWords = (s: string): Set<string> => new Set(searchTokens(s).filter((w) => w.length >= 4));

/** How one dimension scores, as a fraction 0–1 with the sentence that explains it. */
function skillsPart(p: Persona, c: PersonaCandidate): { fraction: number; text: string } {
  const have: string[] = [];
  const below: string[] = [];
  const missing: string[] = [];
  let credit = 0;
  for (const want of p.skills) {
    const found = c.skills.find((s) => sameNoCase(s.name, want.name));
    if (!found) missing.push(want.name);
    else if (want.minLevel === null || (found.level !== null && found.level >= want.minLevel)) {
      credit += 1;
      have.push(want.minLevel === null ? want.name : `${want.name} (level ${found.level})`);
    } else {
      credit += 0.5;
      below.push(`${want.name} (level ${found.level ?? '?'} < ${want.minLevel})`);
    }
  }
  const parts = [have.length ? `has ${have.join(', ')}` : '', below.length ? `below the usual level in ${below.join(', ')}` : '', missing.length ? `missing ${missing.join(', ')}` : ''];
  return { fraction: credit / p.skills.length, text: `Skills: ${parts.filter(Boolean).join('; ')}` };
}

function seniorityPart(p: Persona, c: PersonaCandidate): { fraction: number; text: string } {
  if (c.seniority === null) return { fraction: 0, text: 'Seniority not recorded' };
  if (p.seniority.includes(c.seniority)) return { fraction: 1, text: `Seniority ${c.seniority} is typical` };
  const at = ladder.indexOf(c.seniority);
  const near = p.seniority.some((s) => Math.abs(ladder.indexOf(s) - at) === 1);
  return near
    ? { fraction: 0.5, text: `Seniority ${c.seniority} is one step from ${p.seniority.join('/')}` }
    : { fraction: 0, text: `Seniority ${c.seniority}, persona is ${p.seniority.join('/')}` };
}

function industriesPart(p: Persona, c: PersonaCandidate): { fraction: number; text: string } {
  const shared = p.industries.filter((i) => c.industries.some((ci) => sameNoCase(ci, i)));
  return shared.length > 0 ? { fraction: 1, text: `Industry experience in ${shared.join(', ')}` } : { fraction: 0, text: `No experience in ${p.industries.join(', ')}` };
}

function channelPart(p: Persona, c: PersonaCandidate): { fraction: number; text: string } {
  if (c.preferredChannel === null) return { fraction: 0, text: 'No preferred channel recorded' };
  return p.channels.includes(c.preferredChannel)
    ? { fraction: 1, text: `Prefers ${c.preferredChannel}, a channel for this persona` }
    : { fraction: 0, text: `Prefers ${c.preferredChannel}, not ${p.channels.join('/')}` };
}

function goalsPart(p: Persona, c: PersonaCandidate): { fraction: number; text: string } {
  const wanted = goalWords(p.careerGoals);
  const theirs = goalWords(c.careerGoals);
  const shared = [...wanted].filter((w) => theirs.has(w));
  return {
    fraction: Math.min(1, shared.length / wanted.size),
    text: shared.length ? `Career goals share “${shared.join(' ')}”` : 'Career goals do not overlap',
  };
}

/**
 * The match score: each dimension the persona describes earns its weight × how well the candidate fits it,
 * scaled so the described dimensions add up to 100. Hand-checkable: a persona with only skills (two of them)
 * gives 50 to a candidate with one of the two at the right level.
 */
export function scorePersonaMatch(p: Persona, c: PersonaCandidate): MatchScore {
  const described: [MatchDimension, () => { fraction: number; text: string }][] = [];
  if (p.skills.length > 0) described.push(['skills', () => skillsPart(p, c)]);
  if (p.seniority.length > 0) described.push(['seniority', () => seniorityPart(p, c)]);
  if (p.industries.length > 0) described.push(['industries', () => industriesPart(p, c)]);
  if (p.channels.length > 0) described.push(['channel', () => channelPart(p, c)]);
  if (goalWords(p.careerGoals).size > 0) described.push(['goals', () => goalsPart(p, c)]);
  if (described.length === 0) return { score: null, reasons: [] };
  const total = described.reduce((n, [d]) => n + MATCH_WEIGHTS[d], 0);
  let score = 0;
  const reasons: MatchReason[] = described.map(([dimension, part]) => {
    const { fraction, text: why } = part();
    const max = (MATCH_WEIGHTS[dimension] / total) * 100;
    score += max * fraction;
    return { dimension, points: round1(max * fraction), max: round1(max), text: why };
  });
  return { score: Math.round(score), reasons };
}
