import type { Session, WebContents } from 'electron';
import type { Logger } from '../../core/ipc/ports.js';
import { navigationAction, permissionAllowed, subframeNavigationAllowed, windowOpenAction } from './policy.js';

export type OpenExternal = (url: string) => void;

export interface NavigationAttempt {
  readonly url: string;
  readonly isMainFrame: boolean;
  preventDefault(): void;
}

/**
 * Main frame: stays on our origin; an allow-listed link (https:, mailto:, tel:) goes to the OS instead;
 * anything else goes nowhere. Sub-frames: our origin, our blobs, about:blank; never out, not even to the OS.
 * Returns whether the navigation may proceed.
 */
export function guardNavigation(attempt: NavigationAttempt, openExternal: OpenExternal): boolean {
  if (!attempt.isMainFrame) {
    if (subframeNavigationAllowed(attempt.url)) return true;
    attempt.preventDefault();
    return false;
  }
  const action = navigationAction(attempt.url);
  if (action === 'allow') return true;
  attempt.preventDefault();
  if (action === 'open-external') openExternal(attempt.url);
  return false;
}

/** window.open / target=_blank: never a new Electron window. */
export function guardWindowOpen(url: string, openExternal: OpenExternal): { action: 'deny' } {
  if (windowOpenAction(url) === 'open-external') openExternal(url);
  return { action: 'deny' };
}

/**
 * Applied to every web contents the app ever creates (app 'web-contents-created'), so a window someone adds
 * later is covered without remembering to.
 */
export function hardenWebContents(contents: WebContents, openExternal: OpenExternal, logger: Logger): void {
  contents.setWindowOpenHandler(({ url }) => guardWindowOpen(url, openExternal));
  const refuse = (kind: string) => (details: NavigationAttempt) => {
    if (!guardNavigation(details, openExternal)) logger.info('navigation blocked', { kind, mainFrame: details.isMainFrame });
  };
  // will-navigate covers the main frame; will-frame-navigate is the only hook for sub-frames.
  contents.on('will-navigate', refuse('navigate'));
  contents.on('will-frame-navigate', (details) => {
    if (!details.isMainFrame) refuse('frame')(details);
  });
  contents.on('will-redirect', refuse('redirect'));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('render-process-gone', (_event, details) => logger.error('renderer gone', { reason: details.reason }));
}

/** Camera, microphone, geolocation, USB, HID, serial…: the renderer needs none, so none is granted. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(permissionAllowed(permission, details.requestingUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => permissionAllowed(permission, requestingOrigin));
  session.setDevicePermissionHandler(() => false);
}
