import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CHANNELS } from './src/shared/api';

/**
 * The CSP lives in index.html so both hosts (Electron and the web host in tests) enforce
 * the same policy. Vite's dev server needs an inline React-refresh preamble and a websocket;
 * loosen the policy for `electron-vite dev` only.
 */
function devCsp(): Plugin {
  return {
    name: 'dossier-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html: string) =>
      html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*"),
  };
}

/** Parallel checkouts of work (and helpers) can build side by side: DOSSIER_OUT=out-x. */
const outRoot = resolve(import.meta.dirname, process.env.DOSSIER_OUT ?? 'out');

export default defineConfig({
  main: {
    build: {
      outDir: resolve(outRoot, 'main'),
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/main/index.ts'),
          // Search runs in a worker thread: its own entry, out/main/search-worker.js (issue 4).
          'search-worker': resolve(import.meta.dirname, 'src/core/search/search-worker.ts'),
          // Document processing (corpus fallback, added documents) in worker threads (issue 11).
          'process-worker': resolve(import.meta.dirname, 'src/core/corpus/process-worker.ts'),
          // The corpus, the notes database and search's client run here, off Electron's main thread (issue 14).
          'core-worker': resolve(import.meta.dirname, 'src/core/host/core-worker.ts'),
        },
      },
    },
  },
  preload: {
    // The channel names, inlined: importing them from the contract would bundle zod's schemas (187 kB).
    define: { __DOSSIER_CHANNELS__: JSON.stringify(CHANNELS) },
    build: {
      outDir: resolve(outRoot, 'preload'),
      // A sandboxed preload cannot require our modules: emit one self-contained CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    plugins: [react(), devCsp()],
    build: {
      outDir: resolve(outRoot, 'renderer'),
      // electron-vite leaves the renderer unminified; a third of the bytes parse faster at start-up.
      minify: true,
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'src/renderer/index.html') } },
    },
  },
});
