import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  clampNotificationText,
  isAppUrl,
  isTrustedSenderFrame,
  keychainUsable,
  navigationAction,
  notificationForEvent,
  permissionAllowed,
  planUpdates,
  shouldAutoUnlock,
  subframeNavigationAllowed,
  windowOpenAction,
} from '../policy.js';
import { events } from '../../../../src-shared/ipc/events.js';

describe('isAppUrl', () => {
  it('accepts our origin only', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://rapport/assets/index-abc.js')).toBe(true);
    expect(isAppUrl('app://rapport')).toBe(true);
  });
  it('refuses look-alikes', () => {
    for (const url of [
      'app://rapport.evil.example/index.html',
      'app://evil/index.html',
      'app://rapport:8080/index.html',
      'app://user:pw@rapport/index.html',
      'https://rapport/index.html',
      'file:///index.html',
      'blob:app://rapport/123',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });
});

describe('isTrustedSenderFrame', () => {
  const ours = { url: 'app://rapport/index.html#/candidates', origin: 'app://rapport', isMainFrame: true };
  it('trusts the main frame of our page', () => {
    expect(isTrustedSenderFrame(ours)).toBe(true);
  });
  it('refuses sub-frames, foreign origins, and missing frames', () => {
    expect(isTrustedSenderFrame({ ...ours, isMainFrame: false })).toBe(false);
    expect(isTrustedSenderFrame({ ...ours, url: 'https://evil.example/', origin: 'https://evil.example' })).toBe(false);
    // A URL and an origin that disagree (e.g. an opaque-origin document) are refused too.
    expect(isTrustedSenderFrame({ ...ours, origin: 'null' })).toBe(false);
    expect(isTrustedSenderFrame(null)).toBe(false);
    expect(isTrustedSenderFrame(undefined)).toBe(false);
  });
});

describe('navigation', () => {
  it('keeps the main frame on our origin and sends allow-listed links to the OS', () => {
    expect(navigationAction('app://rapport/index.html')).toBe('allow');
    expect(navigationAction('https://example.com/job')).toBe('open-external');
    expect(navigationAction('mailto:ada@example.com')).toBe('open-external');
    expect(navigationAction('tel:+4791234567')).toBe('open-external');
    expect(navigationAction('http://example.com/')).toBe('deny');
    expect(navigationAction('file:///etc/passwd')).toBe('deny');
    expect(navigationAction('javascript:alert(1)')).toBe('deny');
    expect(navigationAction('smb://share/x')).toBe('deny');
  });
  it('never opens a window, even for our own origin', () => {
    expect(windowOpenAction('app://rapport/index.html')).toBe('deny');
    expect(windowOpenAction('https://example.com')).toBe('open-external');
    expect(windowOpenAction('ms-msdt:/id PCWDiagnostic')).toBe('deny');
  });
  it('lets sub-frames show our pages and blobs only', () => {
    expect(subframeNavigationAllowed('about:blank')).toBe(true);
    expect(subframeNavigationAllowed('blob:app://rapport/5f1c')).toBe(true);
    expect(subframeNavigationAllowed('app://rapport/preview.html')).toBe(true);
    expect(subframeNavigationAllowed('blob:https://evil.example/5f1c')).toBe(false);
    expect(subframeNavigationAllowed('https://example.com')).toBe(false);
    expect(subframeNavigationAllowed('data:text/html,hi')).toBe(false);
  });
});

describe('permissionAllowed', () => {
  it('grants clipboard writes and fullscreen to our origin only', () => {
    expect(permissionAllowed('clipboard-sanitized-write', 'app://rapport/index.html')).toBe(true);
    expect(permissionAllowed('fullscreen', 'app://rapport')).toBe(true);
    expect(permissionAllowed('clipboard-sanitized-write', 'https://evil.example')).toBe(false);
    expect(permissionAllowed('media', 'app://rapport')).toBe(false);
    expect(permissionAllowed('geolocation', 'app://rapport')).toBe(false);
    expect(permissionAllowed('clipboard-read', 'app://rapport')).toBe(false);
  });
});

describe('keychainUsable', () => {
  it('follows isEncryptionAvailable on macOS and Windows', () => {
    expect(keychainUsable({ platform: 'darwin', encryptionAvailable: true })).toBe(true);
    expect(keychainUsable({ platform: 'win32', encryptionAvailable: true })).toBe(true);
    expect(keychainUsable({ platform: 'win32', encryptionAvailable: false })).toBe(false);
  });
  it('refuses the Linux basic_text backend and an undecided one', () => {
    expect(keychainUsable({ platform: 'linux', encryptionAvailable: true, linuxBackend: 'basic_text' })).toBe(false);
    expect(keychainUsable({ platform: 'linux', encryptionAvailable: true, linuxBackend: 'unknown' })).toBe(false);
    expect(keychainUsable({ platform: 'linux', encryptionAvailable: true })).toBe(false);
    expect(keychainUsable({ platform: 'linux', encryptionAvailable: true, linuxBackend: 'gnome_libsecret' })).toBe(true);
    expect(keychainUsable({ platform: 'linux', encryptionAvailable: true, linuxBackend: 'kwallet6' })).toBe(true);
    expect(keychainUsable({ platform: 'linux', encryptionAvailable: false, linuxBackend: 'gnome_libsecret' })).toBe(false);
  });
});

describe('shouldAutoUnlock', () => {
  it('opens a locked keychain vault when the keychain is there', () => {
    expect(shouldAutoUnlock({ state: 'locked', protection: 'os-keychain', keychainAvailable: true })).toBe(true);
  });
  it('leaves passphrase vaults, absent vaults and missing keychains to the user', () => {
    expect(shouldAutoUnlock({ state: 'locked', protection: 'passphrase', keychainAvailable: true })).toBe(false);
    expect(shouldAutoUnlock({ state: 'locked', protection: 'os-keychain', keychainAvailable: false })).toBe(false);
    expect(shouldAutoUnlock({ state: 'absent', protection: null, keychainAvailable: true })).toBe(false);
    expect(shouldAutoUnlock({ state: 'unlocked', protection: 'os-keychain', keychainAvailable: true })).toBe(false);
  });
});

describe('planUpdates', () => {
  it('is off when unpackaged or disabled', () => {
    expect(planUpdates({ isPackaged: false, env: {} }).enabled).toBe(false);
    expect(planUpdates({ isPackaged: true, env: { RAPPORT_DISABLE_UPDATES: '1' } }).enabled).toBe(false);
  });
  it('uses the built-in publish config by default', () => {
    expect(planUpdates({ isPackaged: true, env: {} })).toEqual({ enabled: true, feedUrl: undefined });
    expect(planUpdates({ isPackaged: true, env: { RAPPORT_UPDATE_URL: '  ' } })).toEqual({ enabled: true, feedUrl: undefined });
  });
  it('accepts an https override, or loopback http for testing', () => {
    expect(planUpdates({ isPackaged: true, env: { RAPPORT_UPDATE_URL: 'https://updates.example.com/rapport/' } })).toEqual({
      enabled: true,
      feedUrl: 'https://updates.example.com/rapport/',
    });
    expect(planUpdates({ isPackaged: true, env: { RAPPORT_UPDATE_URL: 'http://127.0.0.1:8080/' } })).toEqual({
      enabled: true,
      feedUrl: 'http://127.0.0.1:8080/',
    });
  });
  it('refuses a plain-http or malformed override instead of fetching code over it', () => {
    const http = planUpdates({ isPackaged: true, env: { RAPPORT_UPDATE_URL: 'http://updates.example.com/' } });
    expect(http).toEqual({ enabled: false, reason: 'RAPPORT_UPDATE_URL must use https' });
    expect(planUpdates({ isPackaged: true, env: { RAPPORT_UPDATE_URL: 'updates' } }).enabled).toBe(false);
    expect(planUpdates({ isPackaged: true, env: { RAPPORT_UPDATE_URL: 'file:///tmp/feed' } }).enabled).toBe(false);
  });
});

describe('notifications', () => {
  it('clamps and flattens text', () => {
    expect(clampNotificationText('  Call\n\n Ada   Lovelace ', 50)).toBe('Call Ada Lovelace');
    const long = clampNotificationText('x'.repeat(200), 10);
    expect(long).toHaveLength(10);
    expect(long.endsWith('…')).toBe(true);
  });
  it('maps events through the rules and ignores events without one', () => {
    const status = { state: 'locked', protection: 'passphrase', keychainAvailable: false, dataDir: '/d', schemaVersion: null } as const;
    expect(notificationForEvent('vault:status-changed', status)).toBeNull();
    const rules = { 'vault:status-changed': (s: { state: string }) => ({ title: 'Vault', body: s.state }) };
    expect(notificationForEvent('vault:status-changed', status, rules)).toEqual({ title: 'Vault', body: 'locked' });
  });
  it('a due reminder opens that reminder when clicked, and the route passes the renderer’s event schema', () => {
    const due = { reminderId: 42, title: 'Call Ada', dueAt: '2026-03-01T09:00:00.000Z', priority: 'high', candidateId: 7, subjectName: 'Ada Lovelace', late: true } as const;
    const content = notificationForEvent('reminder:due', due);
    expect(content).toEqual({ title: 'Missed while closed: Call Ada', body: 'Ada Lovelace · High priority', route: '/reminders/42' });
    expect(events['app:open-route'].safeParse({ route: content!.route }).success).toBe(true);
    expect(events['app:open-route'].safeParse({ route: 'https://evil.example/' }).success).toBe(false);
    expect(events['app:open-route'].safeParse({ route: '/reminders/../../x' }).success).toBe(false);
  });
});
