import { describe, expect, it } from 'vitest';
import { persona as personaSchema, scorePersonaMatch, type PersonaCandidate } from '../personas.js';

const persona = personaSchema.parse({
  id: 1,
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  name: 'Senior JVM engineer',
  skills: [
    { name: 'Java', minLevel: 3 },
    { name: 'Kotlin', minLevel: null },
  ],
  seniority: ['senior', 'lead'],
  industries: ['Fintech'],
  channels: ['email'],
  careerGoals: 'Move into leadership',
});

const candidate = (c: Partial<PersonaCandidate>): PersonaCandidate => ({
  seniority: null,
  skills: [],
  industries: [],
  preferredChannel: null,
  careerGoals: '',
  ...c,
});
const skill = (name: string, level: number | null) => ({ name, level, years: null });

// Weights: skills 40, seniority 20, industries 15, channel 10, goals 15 (all five described: they add up to 100).
describe('persona match score (hand-checked)', () => {
  it('a perfect fit scores 100 with one reason per dimension', () => {
    const m = scorePersonaMatch(
      persona,
      candidate({ skills: [skill('java', 4), skill('Kotlin', 2)], seniority: 'senior', industries: ['Fintech'], preferredChannel: 'email', careerGoals: 'Move into leadership' }),
    );
    expect(m.score).toBe(100);
    expect(m.reasons.map((r) => [r.dimension, r.points, r.max])).toEqual([
      ['skills', 40, 40],
      ['seniority', 20, 20],
      ['industries', 15, 15],
      ['channel', 10, 10],
      ['goals', 15, 15],
    ]);
    expect(m.reasons[0]!.text).toBe('Skills: has Java (level 4), Kotlin');
    expect(m.reasons[4]!.text).toBe('Career goals share “move into leadership”');
  });

  it('half credit for a skill below the usual level and for a neighbouring seniority', () => {
    // Java level 2 < 3 → ½, Kotlin missing → 0: ¼ of 40 = 10. mid is one step from senior: ½ of 20 = 10.
    const m = scorePersonaMatch(persona, candidate({ skills: [skill('Java', 2)], seniority: 'mid', industries: ['Health'], preferredChannel: 'phone', careerGoals: 'Better work-life balance' }));
    expect(m.score).toBe(20);
    expect(m.reasons.map((r) => r.points)).toEqual([10, 10, 0, 0, 0]);
    expect(m.reasons[0]!.text).toBe('Skills: below the usual level in Java (level 2 < 3); missing Kotlin');
    expect(m.reasons[1]!.text).toBe('Seniority mid is one step from senior/lead');
    expect(m.reasons[3]!.text).toBe('Prefers phone, not email');
  });

  it('industry matches ignore ASCII case; shared goal words count', () => {
    const m = scorePersonaMatch(persona, candidate({ industries: ['fintech'], careerGoals: 'Move into leadership roles' }));
    expect(m.score).toBe(30);
    expect(m.reasons.find((r) => r.dimension === 'seniority')!.text).toBe('Seniority not recorded');
    expect(m.reasons.find((r) => r.dimension === 'channel')!.text).toBe('No preferred channel recorded');
  });

  it('an unknown skill level is below any required level; two steps away is no seniority credit', () => {
    // Java (level ?) → ½, Kotlin level 1 with no required level → 1: ¾ of 40 = 30; email 10.
    const m = scorePersonaMatch(persona, candidate({ skills: [skill('Java', null), skill('Kotlin', 1)], seniority: 'director', preferredChannel: 'email' }));
    expect(m.score).toBe(40);
    expect(m.reasons.find((r) => r.dimension === 'seniority')!.points).toBe(0);
  });

  it('only the dimensions a persona describes count, scaled to 100', () => {
    const skillsOnly = { ...persona, seniority: [], industries: [], channels: [], careerGoals: '' };
    const m = scorePersonaMatch(skillsOnly, candidate({ skills: [skill('Java', 3)] }));
    expect(m.score).toBe(50);
    expect(m.reasons).toEqual([{ dimension: 'skills', points: 50, max: 100, text: 'Skills: has Java (level 3); missing Kotlin' }]);
    expect(scorePersonaMatch({ ...skillsOnly, skills: [] }, candidate({}))).toEqual({ score: null, reasons: [] });
  });
});
