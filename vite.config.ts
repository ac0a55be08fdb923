import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
// The .js spelling resolves to the .ts file; without an extension Vite warns that its native config loader cannot load it.
import { precachePlugin } from './build/precachePlugin.js';
import { cspMetaTag, devHeaders, isolationHeaders, previewHeaders } from './build/security.js';

export default defineConfig({
  plugins: [react(), cspMetaTag(), precachePlugin(isolationHeaders)],
  server: { headers: devHeaders },
  preview: { headers: previewHeaders },
  worker: { format: 'es' },
  build: { target: 'es2022' },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
  },
});
