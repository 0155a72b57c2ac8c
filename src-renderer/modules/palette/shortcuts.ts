/** The app's keyboard shortcuts: one table drives both the key handling and the help overlay. */

export interface ShortcutHelp {
  keys: string[];
  what: string;
}

/** `g` then a letter opens a screen (two-key sequences, as in Gmail and GitHub). */
export const goKeys: Record<string, string> = {
  d: 'dashboard',
  c: 'candidates',
  j: 'jobs',
  l: 'clients',
  s: 'settings',
};

export const isMac = (): boolean => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export function helpSections(mac: boolean, screens: readonly string[]): { title: string; items: ShortcutHelp[] }[] {
  const mod = mac ? '⌘' : 'Ctrl';
  return [
    {
      title: 'Anywhere',
      items: [
        { keys: [mod, 'K'], what: 'Open the command palette: find candidates, jobs, clients and actions' },
        { keys: ['?'], what: 'Show this help' },
        { keys: ['Esc'], what: 'Close a dialog, menu or the palette' },
        ...Object.entries(goKeys)
          .filter(([, screen]) => screens.includes(screen))
          .map(([key, screen]) => ({ keys: ['g', key], what: `Go to ${screen.charAt(0).toUpperCase()}${screen.slice(1)}` })),
      ],
    },
    {
      title: 'Pipeline board',
      items: [
        { keys: ['Tab'], what: 'Move between cards' },
        { keys: ['Enter'], what: 'Choose a stage to move the focused card to' },
        { keys: ['Alt', '→'], what: 'Move the focused card one stage right' },
        { keys: ['Alt', '←'], what: 'Move the focused card one stage left' },
      ],
    },
    {
      title: 'Command palette',
      items: [
        { keys: ['↑', '↓'], what: 'Pick a result' },
        { keys: ['Enter'], what: 'Open it' },
      ],
    },
  ];
}

/** Typing in a field must never trigger single-key shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== 'string') return false;
  const el = target as HTMLElement;
  const tag = el.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (el as HTMLInputElement).type;
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(type);
  }
  return el.isContentEditable === true;
}

export const isPaletteKey = (e: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }): boolean =>
  (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k';
