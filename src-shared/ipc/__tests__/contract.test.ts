import { describe, expect, it } from 'vitest';
import { CHANNEL_NAME_PATTERN, channelNames, contract } from '../contract.js';
import * as slices from '../contracts/index.js';

describe('IPC contract', () => {
  it('names every channel domain:verb-noun', () => {
    for (const name of channelNames) expect(name).toMatch(CHANNEL_NAME_PATTERN);
  });

  it('no two slices define the same channel (a spread would silently drop one)', () => {
    const all = Object.values(slices).flatMap((slice) => Object.keys(slice));
    expect(all.length).toBe(new Set(all).size);
    expect(new Set(all)).toEqual(new Set(channelNames));
  });

  it('every channel has request and response schemas', () => {
    for (const name of channelNames) {
      expect(typeof contract[name].req.safeParse).toBe('function');
      expect(typeof contract[name].res.safeParse).toBe('function');
    }
  });
});
