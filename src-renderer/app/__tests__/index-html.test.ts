import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src-shared/security.js';
import html from '../../index.html?raw';

describe('index.html', () => {
  it('carries the Content-Security-Policy the hosts send (without frame-ancestors, which a meta tag cannot carry)', () => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const meta = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
    const expected = CONTENT_SECURITY_POLICY.split('; ')
      .filter((directive) => !directive.startsWith('frame-ancestors'))
      .join('; ');
    expect(meta?.getAttribute('content')).toBe(expected);
  });

  it('loads only its own module script (no inline script the policy would block)', () => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.map((s) => [s.type, s.getAttribute('src'), s.textContent?.trim()])).toEqual([['module', './main.tsx', '']]);
  });
});
