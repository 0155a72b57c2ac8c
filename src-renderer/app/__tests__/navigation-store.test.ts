import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, unknownScreenIn } from '../navigation-store.js';

describe('routes in the URL fragment', () => {
  it('parses a screen and its params', () => {
    expect(parseRoute('#/candidates/42')).toEqual({ screen: 'candidates', params: ['42'] });
    expect(parseRoute('#/settings')).toEqual({ screen: 'settings', params: [] });
  });

  it('falls back to the dashboard for anything unknown', () => {
    expect(parseRoute('#/nowhere/1')).toEqual({ screen: 'dashboard', params: [] });
    expect(parseRoute('')).toEqual({ screen: 'dashboard', params: [] });
  });

  it('names the screen a link asks for when there is no such screen', () => {
    expect(unknownScreenIn('#/talent-pools')).toBe('talent-pools');
    expect(unknownScreenIn('#/nowhere/1')).toBe('nowhere');
    expect(unknownScreenIn('#/pools')).toBeNull();
    expect(unknownScreenIn('#/reminders/3')).toBeNull();
    expect(unknownScreenIn('')).toBeNull();
    expect(unknownScreenIn('#/')).toBeNull();
    expect(unknownScreenIn('#/%E0')).toBe('%E0');
    expect(parseRoute('#/candidates/%E0')).toEqual({ screen: 'candidates', params: ['%E0'] });
  });

  it('round-trips params that need encoding', () => {
    const route = { screen: 'candidates' as const, params: ['a b/c'] };
    expect(parseRoute(`#${routeHash(route)}`)).toEqual(route);
  });
});
