import { useEffect } from 'react';
import { screens, useNavigationStore, type ScreenId } from '../../../app/navigation-store.js';
import { useBoardStore } from '../../board/store.js';
import { useClientListStore } from '../../clients/list-store.js';
import { useJobListStore } from '../../jobs/store.js';
import { goKeys, isPaletteKey, isTypingTarget } from '../shortcuts.js';
import { usePaletteStore } from '../store.js';
import { CommandPalette } from './CommandPalette.js';
import { ShortcutsHelp } from './ShortcutsHelp.js';

/** How long after `g` the second key still counts. */
const SEQUENCE_MS = 1200;

/** Mounted once in the shell: the global key handler, the command palette and the help overlay. */
export function KeyboardShortcuts() {
  useEffect(() => {
    let gAt = 0;
    const onKey = (e: KeyboardEvent) => {
      if (isPaletteKey(e)) {
        e.preventDefault();
        const s = usePaletteStore.getState();
        if (s.paletteOpen) s.closePalette();
        else s.openPalette();
        return;
      }
      // Single keys only when nothing else wants them: not while typing, not inside an open dialog or menu.
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
      // An open dialog or menu traps focus, so the key's target sits inside it (a closing one no longer counts).
      if (e.target instanceof Element && e.target.closest('[role="dialog"], [role="menu"], [role="listbox"], [role="alertdialog"]')) return;
      if (e.key === '?') {
        e.preventDefault();
        usePaletteStore.getState().openHelp();
        return;
      }
      if (e.key === 'g') {
        gAt = Date.now();
        return;
      }
      if (gAt && Date.now() - gAt < SEQUENCE_MS) {
        gAt = 0;
        const screen = goKeys[e.key];
        if (screen && (screens as readonly string[]).includes(screen)) {
          e.preventDefault();
          useNavigationStore.getState().go(screen as ScreenId);
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      // The shell unmounts when the vault locks: what the job and client screens read must not outlive it.
      usePaletteStore.setState({ paletteOpen: false, helpOpen: false });
      useJobListStore.getState().reset();
      useClientListStore.getState().reset();
      useBoardStore.getState().reset();
    };
  }, []);
  return (
    <>
      <CommandPalette />
      <ShortcutsHelp />
    </>
  );
}
