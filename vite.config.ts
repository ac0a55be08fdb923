import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
// The .js spelling resolves to the .ts file; without an extension Vite warns that its native config loader cannot load it.
import { precachePlugin } from './build/precachePlugin.js';
import { cspMetaTag, devHeaders, headersOnEveryResponse, isolationHeaders, previewHeaders } from './build/security.js';

// A second, differently named build for the update test (tests/e2e/update.spec.ts): every file gets a
// new name, as a deploy of new code would. Empty by default: Vite's own names.
const prefix = process.env.PQ_ASSET_PREFIX ?? '';
const output = {
  entryFileNames: `assets/${prefix}[name]-[hash].js`,
  chunkFileNames: `assets/${prefix}[name]-[hash].js`,
  assetFileNames: `assets/${prefix}[name]-[hash][extname]`,
};

export default defineConfig({
  // One page at /: a path that names no file is a 404, never the page's HTML (robots.txt, a missing chunk).
  appType: 'mpa',
  plugins: [
    react(),
    cspMetaTag(),
    precachePlugin(isolationHeaders),
    headersOnEveryResponse(devHeaders, previewHeaders),
  ],
  server: { headers: devHeaders },
  preview: { headers: previewHeaders },
  worker: { format: 'es', rollupOptions: { output } },
  build: { target: 'es2022', rollupOptions: { output } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
  },
});
