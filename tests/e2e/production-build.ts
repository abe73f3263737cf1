// A real production build, served on its own loopback port. The shared e2e build (setup.ts) runs
// inside vitest, where NODE_ENV is "test": Vite then builds with import.meta.env.PROD = false, which
// drops production-only code such as the service worker's registration. Tests of that code build
// here, with NODE_ENV=production, into a folder of their own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';

export async function productionBuild(): Promise<{ url: string; outDir: string; close(): Promise<void> }> {
  const outDir = mkdtempSync(join(tmpdir(), 'rfc-prod-'));
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, build: { outDir }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its address');
  return {
    url,
    outDir,
    close: async () => {
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
