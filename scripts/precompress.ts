/**
 * Brotli and gzip copies of the built web app's files, written beside them at build time, so the
 * server sends a phone on a mobile network the compressed bytes (@fastify/static `preCompressed`):
 * the public lookup page's scripts are 1,665 KB as built and 434 KB as brotli (measured in Chromium).
 * Done once per build with the strongest settings, never per request.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { compress, WORTH_COMPRESSING } from '../apps/server/src/platform/http/encoding';

/** Text formats worth compressing (images and fonts in woff2 are compressed already). */
const COMPRESSIBLE = /\.(js|mjs|css|svg|json|txt|ttf|otf)$/;
export interface Precompressed {
  files: number;
  bytes: number;
  brotli: number;
  gzip: number;
}

/** Writes `file.br` and `file.gz` beside every compressible file of `folder` (recursively). */
export function precompressFolder(folder: string): Precompressed {
  const total: Precompressed = { files: 0, bytes: 0, brotli: 0, gzip: 0 };
  for (const entry of fs.readdirSync(folder, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
    const data = fs.readFileSync(file);
    if (data.length < WORTH_COMPRESSING) continue;
    const br = compress(data, 'br', 'max');
    const gz = compress(data, 'gzip', 'max');
    fs.writeFileSync(`${file}.br`, br);
    fs.writeFileSync(`${file}.gz`, gz);
    total.files++;
    total.bytes += data.length;
    total.brotli += br.length;
    total.gzip += gz.length;
  }
  return total;
}

/** The Vite plugin: compresses the output folder once the bundle is written. */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'pfc-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const started = performance.now();
      const r = precompressFolder(outDir);
      const kb = (n: number) => `${Math.round(n / 1024)} KB`;
      console.log(
        `precompressed ${r.files} files: ${kb(r.bytes)} → brotli ${kb(r.brotli)}, gzip ${kb(r.gzip)} (${Math.round(performance.now() - started)} ms)`,
      );
    },
  };
}
