// Builds the UI into dist/renderer. Relative asset paths so the same build loads from file://
// in the desktop window and from http://127.0.0.1 in the browser host.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
