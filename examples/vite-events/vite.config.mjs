import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  logLevel: 'warn',
  build: { outDir: process.env.SX_VITE_OUT ?? 'dist', emptyOutDir: true, manifest: true },
});
