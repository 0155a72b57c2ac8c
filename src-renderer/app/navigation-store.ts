import { create } from 'zustand';

/** Top-level screens (sidebar entries). Feature issues append theirs here and in Shell's NAV table. */
export const screens = ['dashboard', 'candidates', 'jobs', 'clients', 'imports', 'reminders', 'pools', 'outreach', 'reports', 'segments', 'personas', 'settings'] as const;
export type ScreenId = (typeof screens)[number];

export interface Route {
  screen: ScreenId;
  /** Path segments after the screen, e.g. ['123'] for #/candidates/123 or ['123', 'board'] for a job's board. */
  params: string[];
}

/** A malformed escape in a hand-typed link ("%E0") stays as typed instead of throwing. */
const decode = (part: string): string => {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
};

export const parseRoute = (hash: string): Route => {
  const [name = '', ...params] = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decode);
  return (screens as readonly string[]).includes(name) ? { screen: name as ScreenId, params } : { screen: 'dashboard', params: [] };
};

/** The screen name a fragment asks for when Rapport has no such screen (a mistyped or outdated link), else null. */
export const unknownScreenIn = (hash: string): string | null => {
  const name = decode(hash.replace(/^#\/?/, '').split('/')[0] ?? '');
  return name && !(screens as readonly string[]).includes(name) ? name : null;
};

export const routeHash = (route: Route): string => `/${[route.screen, ...route.params].map(encodeURIComponent).join('/')}`;

interface NavigationState extends Route {
  /** Opens a screen, optionally a record inside it: go('candidates', '42'). */
  go(screen: ScreenId, ...params: (string | number)[]): void;
}

/**
 * The current route, mirrored in the URL fragment (#/candidates/42) so reload and Back work in the browser
 * host and in Electron alike. The fragment carries only screen names and record ids, never data.
 */
export const useNavigationStore = create<NavigationState>()((set) => ({
  ...(typeof window === 'undefined' ? { screen: 'dashboard' as ScreenId, params: [] } : parseRoute(window.location.hash)),
  go: (screen, ...rawParams) => {
    const route: Route = { screen, params: rawParams.map(String) };
    set(route);
    const hash = routeHash(route);
    if (window.location.hash.replace(/^#/, '') !== hash) window.location.hash = hash;
  },
}));

/** Opens a route given as text (`/reminders/12`), e.g. from a notification click; an unknown screen opens the dashboard. */
export function openRoute(route: string): void {
  const { screen, params } = parseRoute(`#${route}`);
  useNavigationStore.getState().go(screen, ...params);
}

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => {
    const route = parseRoute(window.location.hash);
    const current = useNavigationStore.getState();
    if (current.screen !== route.screen || current.params.join('/') !== route.params.join('/')) useNavigationStore.setState(route);
  });
}
