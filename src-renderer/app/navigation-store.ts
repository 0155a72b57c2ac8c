import { create } from 'zustand';

export const screens = ['dashboard', 'candidates', 'settings'] as const;
export type ScreenId = (typeof screens)[number];

const fromHash = (hash: string): ScreenId => {
  const name = hash.replace(/^#\/?/, '');
  return (screens as readonly string[]).includes(name) ? (name as ScreenId) : 'dashboard';
};

interface NavigationState {
  screen: ScreenId;
  go(screen: ScreenId): void;
}

/**
 * The current screen, mirrored in the URL fragment (#/candidates) so reload and Back work in the browser
 * host and in Electron alike. The fragment never carries data, only a screen name.
 */
export const useNavigationStore = create<NavigationState>()((set) => ({
  screen: typeof window === 'undefined' ? 'dashboard' : fromHash(window.location.hash),
  go: (screen) => {
    set({ screen });
    if (fromHash(window.location.hash) !== screen || window.location.hash === '') window.location.hash = `/${screen}`;
  },
}));

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => {
    const screen = fromHash(window.location.hash);
    if (useNavigationStore.getState().screen !== screen) useNavigationStore.setState({ screen });
  });
}
