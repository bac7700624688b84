import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from '../../scripts/precompress';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist/web', import.meta.url));
const contracts = fileURLToPath(new URL('../../packages/contracts/src', import.meta.url));

/** Splits the big libraries into their own long-cached chunks. */
function manualChunks(id: string): string | undefined {
  if (!id.includes('node_modules')) return undefined;
  if (/[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/.test(id)) return 'react';
  if (/[\\/]node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+)[\\/]/.test(id)) return 'antd';
  return 'vendor';
}

export default defineConfig({
  root,
  plugins: [react(), precompress()],
  resolve: {
    alias: [{ find: /^@pfc\/contracts(.*)$/, replacement: `${contracts}$1` }],
  },
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: { output: { manualChunks } },
  },
  server: {
    // Keep the browser's Host header: the API refuses state-changing requests whose Origin differs from Host (CSRF).
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
});
