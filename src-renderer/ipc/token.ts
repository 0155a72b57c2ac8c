const TOKEN_KEY = 'rapport.session-token';

/**
 * `rapport serve` prints a URL with the per-run token in the fragment (never sent to the server in a request line,
 * never in logs). We move it into sessionStorage at start so a reload keeps working, and wipe it from the
 * address bar so it is not bookmarked, shared or shown on screen. It is a session credential, not candidate data.
 */
export function takeSessionToken(
  location: Pick<Location, 'hash' | 'pathname' | 'search'> = window.location,
  history: Pick<History, 'replaceState' | 'state'> = window.history,
  storage: Pick<Storage, 'getItem' | 'setItem'> = window.sessionStorage,
): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match?.[1]) {
    storage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  }
  return storage.getItem(TOKEN_KEY);
}
