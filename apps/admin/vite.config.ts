import { defineConfig } from 'vite';

// Served by the hub at /admin/. JSX through Vite 8's built-in Oxc transform (no React plugin).
export default defineConfig({
  base: '/admin/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1000 },
  server: {
    // `npx vite` in this folder against a hub running on :3000
    proxy: { '/api': 'http://localhost:3000', '/socket.io': { target: 'ws://localhost:3000', ws: true } },
  },
});
