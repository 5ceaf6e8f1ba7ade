/**
 * The dashboard build: static files under dist/dashboard, served by the
 * server at /dashboard (src/http/dashboard.ts). No CDN: everything is bundled.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = new URL('.', import.meta.url).pathname;

export default defineConfig({
  root: here,
  base: '/dashboard/',
  plugins: [react()],
  // The dashboard calls the API through the SDK, bundled from its sources (as dashboard/tsconfig.json maps it).
  resolve: { alias: { 'tessera/sdk': `${here}../sdk/index.ts` } },
  build: {
    outDir: `${here}../dist/dashboard`,
    emptyOutDir: true,
    sourcemap: true,
    // One small app: a single bundle is simpler to serve than split chunks.
    chunkSizeWarningLimit: 1024,
  },
});
