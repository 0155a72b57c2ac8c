import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../menu.js';

const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [
    ...(item.role ? [String(item.role)] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
const labels = (items: MenuItemConstructorOptions[]) => items.map((item) => item.label);
const options = (platform: NodeJS.Platform, isDev = false) => ({
  platform,
  isDev,
  appName: 'Rapport',
  onCheckForUpdates: vi.fn(),
  onShowLogs: vi.fn(),
});

describe('application menu', () => {
  it('has the macOS app menu first on macOS only', () => {
    expect(labels(buildMenuTemplate(options('darwin')))).toEqual(['Rapport', 'File', 'Edit', 'View', 'Window', 'Help']);
    expect(labels(buildMenuTemplate(options('win32')))).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(roles(buildMenuTemplate(options('darwin')))).toEqual(expect.arrayContaining(['services', 'hideOthers', 'front']));
    expect(roles(buildMenuTemplate(options('linux')))).not.toContain('services');
  });

  it('offers reload and devtools in development only', () => {
    expect(roles(buildMenuTemplate(options('linux', true)))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    const packaged = roles(buildMenuTemplate(options('linux', false)));
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('forceReload');
    expect(packaged).not.toContain('toggleDevTools');
  });

  it('keeps the standard edit commands (copy/paste work through roles)', () => {
    expect(roles(buildMenuTemplate(options('win32')))).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']),
    );
  });

  it('wires Check for Updates and Show Log Folder', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const opts = options(platform);
      const all = buildMenuTemplate(opts).flatMap((m) => (Array.isArray(m.submenu) ? (m.submenu as MenuItemConstructorOptions[]) : []));
      const click = (label: string) => {
        const item = all.find((i) => i.label === label);
        expect(item, `${platform}: ${label}`).toBeDefined();
        (item?.click as () => void)();
      };
      click('Check for Updates…');
      click('Show Log Folder');
      expect(opts.onCheckForUpdates).toHaveBeenCalledOnce();
      expect(opts.onShowLogs).toHaveBeenCalledOnce();
    }
  });
});
