import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is served from app://rapport/ in Electron and from the loopback host: relative asset paths serve both.
export default defineConfig({
  root: 'src-renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
