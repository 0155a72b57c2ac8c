import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../../../src-shared/domain/search-query.js';
import { matchScore, rank, screenLabel, toCandidateQuery } from '../quick-find.js';
import { goKeys, helpSections, isPaletteKey, isTypingTarget } from '../shortcuts.js';

describe('palette quick find', () => {
  it('turns typed text into a safe prefix query that the search syntax accepts', () => {
    expect(toCandidateQuery('Ann Ab')).toBe('ann* ab*');
    expect(toCandidateQuery('  j  ')).toBe('j');
    expect(toCandidateQuery('OR NOT "(*:')).toBe('or* not*');
    expect(toCandidateQuery('***')).toBe('');
    for (const q of ['Zoë-Müller', 'c++ dev', 'title:"x"', 'a b c d e f g h i j']) {
      const query = toCandidateQuery(q);
      if (query) expect(() => parseSearchQuery(query)).not.toThrow();
    }
  });

  it('ranks start-of-text above start-of-word above inside-a-word, and drops non-matches', () => {
    expect(matchScore('Engineer', 'eng')).toBeGreaterThan(matchScore('Data engineering', 'eng'));
    expect(matchScore('Data engineering', 'eng')).toBeGreaterThan(matchScore('Reengineer', 'eng'));
    expect(matchScore('Data Engineer', 'sales')).toBe(0);
    expect(rank(['Reengineer', 'Data engineering', 'Engineer', 'Sales'], (s) => s, 'eng', 10)).toEqual(['Engineer', 'Data engineering', 'Reengineer']);
    expect(rank(['a', 'b'], (s) => s, '', 1)).toEqual(['a']);
  });

  it('labels screens for actions', () => {
    expect(screenLabel('clients')).toBe('Clients');
  });
});

describe('shortcuts', () => {
  it('Ctrl or Cmd + K opens the palette, nothing else does', () => {
    const k = { key: 'k', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false };
    expect(isPaletteKey({ ...k, ctrlKey: true })).toBe(true);
    expect(isPaletteKey({ ...k, metaKey: true, key: 'K' })).toBe(true);
    expect(isPaletteKey(k)).toBe(false);
    expect(isPaletteKey({ ...k, ctrlKey: true, shiftKey: true })).toBe(false);
  });

  it('never fires single keys while typing', () => {
    const input = document.createElement('input');
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    expect(isTypingTarget(input)).toBe(true);
    expect(isTypingTarget(document.createElement('textarea'))).toBe(true);
    expect(isTypingTarget(checkbox)).toBe(false);
    expect(isTypingTarget(document.body)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });

  it('the help lists only go-to shortcuts for screens that exist, with the platform modifier', () => {
    const mac = helpSections(true, ['dashboard', 'jobs']);
    const items = mac.flatMap((s) => s.items);
    expect(items[0]!.keys).toEqual(['⌘', 'K']);
    expect(items.filter((i) => i.keys[0] === 'g').map((i) => i.keys[1])).toEqual(['d', 'j']);
    expect(helpSections(false, [])[0]!.items[0]!.keys).toEqual(['Ctrl', 'K']);
    expect(Object.keys(goKeys)).toContain('l');
  });
});
