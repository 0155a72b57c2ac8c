import { create } from 'zustand';

interface PaletteState {
  paletteOpen: boolean;
  helpOpen: boolean;
  openPalette(): void;
  closePalette(): void;
  openHelp(): void;
  closeHelp(): void;
}

/** Which overlay is open: the palette and the shortcut help never show together. */
export const usePaletteStore = create<PaletteState>()((set) => ({
  paletteOpen: false,
  helpOpen: false,
  openPalette: () => set({ paletteOpen: true, helpOpen: false }),
  closePalette: () => set({ paletteOpen: false }),
  openHelp: () => set({ helpOpen: true, paletteOpen: false }),
  closeHelp: () => set({ helpOpen: false }),
}));
