import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../navigation-store.js';

describe('routes in the URL fragment', () => {
  it('parses a screen and its params', () => {
    expect(parseRoute('#/candidates/42')).toEqual({ screen: 'candidates', params: ['42'] });
    expect(parseRoute('#/settings')).toEqual({ screen: 'settings', params: [] });
  });

  it('falls back to the dashboard for anything unknown', () => {
    expect(parseRoute('#/nowhere/1')).toEqual({ screen: 'dashboard', params: [] });
    expect(parseRoute('')).toEqual({ screen: 'dashboard', params: [] });
  });

  it('round-trips params that need encoding', () => {
    const route = { screen: 'candidates' as const, params: ['a b/c'] };
    expect(parseRoute(`#${routeHash(route)}`)).toEqual(route);
  });
});
