// Decisions the Electron shell makes, kept free of electron imports so they run (and are tested) in plain Node.
import type { VaultStatus } from '../../../src-shared/domain/vault.js';
import type { EventName, EventPayload } from '../../../src-shared/ipc/events.js';
import { isAllowedExternalUrl } from '../../../src-shared/security.js';

/** The renderer is served from a privileged custom scheme, never file:// (file pages can read any file). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'rapport';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for `app://rapport/...` only: no other host, no port, no credentials smuggled into the authority. */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

export interface SenderFrameInfo {
  url: string;
  /** Chromium's serialised origin of the frame (`app://rapport` for our pages). */
  origin: string;
  isMainFrame: boolean;
}

/**
 * Only the top frame of our own page may call the core. A sub-frame (even a blob: preview we created) or a
 * page that somehow got loaded into a window is refused, whatever it sends.
 */
export function isTrustedSenderFrame(frame: SenderFrameInfo | null | undefined): boolean {
  if (!frame || !frame.isMainFrame) return false;
  return frame.origin === APP_ORIGIN && isAppUrl(frame.url);
}

export type NavigationAction = 'allow' | 'open-external' | 'deny';

/** What to do when the main frame tries to go to `url` (link click, location change, redirect). */
export function navigationAction(url: string): NavigationAction {
  if (isAppUrl(url)) return 'allow';
  if (isAllowedExternalUrl(url)) return 'open-external';
  return 'deny';
}

/** `window.open` and target=_blank never create a window: allow-listed links go to the OS, the rest nowhere. */
export function windowOpenAction(url: string): Exclude<NavigationAction, 'allow'> {
  return isAllowedExternalUrl(url) ? 'open-external' : 'deny';
}

/**
 * Sub-frames may show our own pages and blobs we minted (document previews), matching the CSP's
 * `frame-src 'self' blob:`; they never leave the app, not even to an allow-listed site.
 */
export function subframeNavigationAllowed(url: string): boolean {
  if (url === 'about:blank' || url === 'about:srcdoc') return true;
  if (isAppUrl(url)) return true;
  if (url.startsWith('blob:')) return isAppUrl(url.slice('blob:'.length));
  return false;
}

/** Web permissions the renderer may use, and only from our origin. Everything else (camera, geolocation, …) is denied. */
const GRANTED_PERMISSIONS = new Set(['clipboard-sanitized-write', 'fullscreen']);

export function permissionAllowed(permission: string, requestingUrl: string): boolean {
  return GRANTED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}

export interface KeychainProbe {
  platform: NodeJS.Platform;
  encryptionAvailable: boolean;
  /** `safeStorage.getSelectedStorageBackend()`; only meaningful on Linux. */
  linuxBackend?: string | undefined;
}

/**
 * Whether safeStorage really protects the key. On Linux `basic_text` means "encrypted" with a constant
 * password built into Chromium, i.e. plaintext for anyone who can read the file; `unknown` means the
 * backend was not chosen yet. Both count as no keychain, so the user gets a passphrase instead.
 */
export function keychainUsable(probe: KeychainProbe): boolean {
  if (!probe.encryptionAvailable) return false;
  if (probe.platform !== 'linux') return true;
  const backend = probe.linuxBackend ?? 'unknown';
  return backend !== 'basic_text' && backend !== 'unknown';
}

/** The desktop app opens straight in when the key sits in the OS keychain; passphrase vaults wait for the user. */
export function shouldAutoUnlock(status: Pick<VaultStatus, 'state' | 'protection' | 'keychainAvailable'>): boolean {
  return status.state === 'locked' && status.protection === 'os-keychain' && status.keychainAvailable;
}

export interface UpdateSettings {
  isPackaged: boolean;
  env: Record<string, string | undefined>;
}

export type UpdatePlan =
  | { enabled: false; reason: string }
  /** `feedUrl` undefined: use the publish config electron-builder baked into app-update.yml. */
  | { enabled: true; feedUrl: string | undefined };

/**
 * Updates are only checked in packaged builds (an unpackaged app has no app-update.yml and nothing to
 * replace). `RAPPORT_UPDATE_URL` overrides the feed; it must be https (an update is code we will run),
 * except loopback http for testing a local feed.
 */
export function planUpdates({ isPackaged, env }: UpdateSettings): UpdatePlan {
  if (!isPackaged) return { enabled: false, reason: 'not packaged' };
  if (env.RAPPORT_DISABLE_UPDATES === '1') return { enabled: false, reason: 'RAPPORT_DISABLE_UPDATES=1' };
  const override = env.RAPPORT_UPDATE_URL?.trim();
  if (!override) return { enabled: true, feedUrl: undefined };
  const parsed = parse(override);
  if (!parsed) return { enabled: false, reason: 'RAPPORT_UPDATE_URL is not a URL' };
  const loopback = parsed.hostname === '127.0.0.1' || parsed.hostname === 'localhost' || parsed.hostname === '[::1]';
  if (parsed.protocol === 'https:' || (parsed.protocol === 'http:' && loopback)) return { enabled: true, feedUrl: parsed.href };
  return { enabled: false, reason: 'RAPPORT_UPDATE_URL must use https' };
}

/** OS notifications stay short: the OS truncates anyway, and a reminder title is not the place for a CV. */
export function clampNotificationText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

export interface NotificationContent {
  title: string;
  body: string;
  /** What a click opens in the app window (a renderer route such as `/reminders/12`). */
  route?: string;
}

/**
 * Which pushed core events become OS notifications. Empty today: when the contract gains an event meant for
 * the user's attention (a due reminder, say), one line here maps its payload to a title and body, and the
 * shell shows it with no other change.
 */
export type NotificationRules = {
  [E in EventName]?: (payload: EventPayload<E>) => NotificationContent | null;
};

export const notificationRules: NotificationRules = {
  'reminder:due': (r) => ({
    title: r.late ? `Missed while closed: ${r.title}` : r.title,
    body: [r.subjectName, r.priority === 'high' ? 'High priority' : null].filter(Boolean).join(' · ') || 'Reminder due',
    route: `/reminders/${r.reminderId}`,
  }),
};

export function notificationForEvent<E extends EventName>(
  name: E,
  payload: EventPayload<E>,
  rules: NotificationRules = notificationRules,
): NotificationContent | null {
  const rule = rules[name] as ((payload: EventPayload<E>) => NotificationContent | null) | undefined;
  return rule ? rule(payload) : null;
}
