import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The back office (see README, "Back office"). `npm run build` builds it into dist/admin, which the
 * service serves at /admin; `npm run admin:dev` serves it with hot reload on port 5175 (ADMIN_DEV_PORT)
 * and proxies the API to a running service (ADMIN_API, default http://localhost:4000).
 */
const api = process.env.ADMIN_API ?? 'http://localhost:4000';
const proxied = ['/graphql', '/files', '/documents', '/resources', '/admin/config.json', '/admin/dev-token'];

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/admin/',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist/admin', import.meta.url)),
    emptyOutDir: true,
    // No inline scripts or styles: the service's Content-Security-Policy allows none.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: Number(process.env.ADMIN_DEV_PORT ?? 5175),
    strictPort: true,
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: api, changeOrigin: true }])),
  },
});
