import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

/**
 * Fontsource's CSS offers each font as woff2 and woff. Every browser Duizhao runs in reads
 * woff2, so the woff copies are dropped rather than shipped twice.
 */
function woff2Only(): Plugin {
  return {
    name: 'duizhao:woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('@fontsource') || !id.endsWith('.css')) return null;
      return { code: code.replace(/,\s*url\([^)]*\.woff\)\s*format\('woff'\)/g, ''), map: null };
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load modules: bundle everything into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), woff2Only()],
    build: {
      outDir: resolve('out/renderer'),
      minify: true,
      // A desktop app loads its bundle from disk: one chunk is fine.
      chunkSizeWarningLimit: 1500,
      // Fonts stay files: the CSP allows font-src 'self', not data: URIs.
      assetsInlineLimit: (file) => (/\.woff2?$/.test(file) ? false : undefined),
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});
