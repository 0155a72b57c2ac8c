import { describe, expect, it, vi } from 'vitest';
import { guardNavigation, guardWindowOpen } from '../guards.js';

const attempt = (url: string, isMainFrame = true) => ({ url, isMainFrame, preventDefault: vi.fn() });

describe('navigation guard', () => {
  it('lets the main frame move within our origin', () => {
    const open = vi.fn();
    const a = attempt('app://rapport/index.html#/jobs');
    expect(guardNavigation(a, open)).toBe(true);
    expect(a.preventDefault).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
  });

  it('hands allow-listed links to the OS instead of navigating', () => {
    for (const url of ['https://www.linkedin.com/in/ada', 'mailto:ada@example.com', 'tel:+4791234567']) {
      const open = vi.fn();
      const a = attempt(url);
      expect(guardNavigation(a, open)).toBe(false);
      expect(a.preventDefault).toHaveBeenCalledOnce();
      expect(open).toHaveBeenCalledWith(url);
    }
  });

  it('blocks everything else without opening it', () => {
    for (const url of ['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'app://evil/']) {
      const open = vi.fn();
      const a = attempt(url);
      expect(guardNavigation(a, open)).toBe(false);
      expect(a.preventDefault).toHaveBeenCalledOnce();
      expect(open).not.toHaveBeenCalled();
    }
  });

  it('keeps sub-frames inside the app, even for allow-listed sites', () => {
    const open = vi.fn();
    const outside = attempt('https://example.com', false);
    expect(guardNavigation(outside, open)).toBe(false);
    expect(outside.preventDefault).toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
    const blob = attempt('blob:app://rapport/0b6c', false);
    expect(guardNavigation(blob, open)).toBe(true);
    expect(blob.preventDefault).not.toHaveBeenCalled();
  });

  it('never opens a new window', () => {
    const open = vi.fn();
    expect(guardWindowOpen('https://example.com/jobs', open)).toEqual({ action: 'deny' });
    expect(open).toHaveBeenCalledWith('https://example.com/jobs');
    expect(guardWindowOpen('app://rapport/index.html', open)).toEqual({ action: 'deny' });
    expect(guardWindowOpen('file:///C:/Windows/System32/calc.exe', open)).toEqual({ action: 'deny' });
    expect(open).toHaveBeenCalledOnce();
  });
});
