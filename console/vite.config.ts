import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the API at /console (src/bootstrap/console.ts); `vite dev` proxies the API to a
// server on :3000 so the console can be developed against the real thing.
export default defineConfig({
  base: '/console/',
  plugins: [react()],
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 400 },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
