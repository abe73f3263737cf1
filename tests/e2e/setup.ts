// Builds the game once and serves it on a free loopback port for the browser tests. Each run
// builds into its own temporary folder, so two runs at once (or a build by hand) cannot swap
// files under a running test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

let server: PreviewServer | undefined;

export default async function setup(project: TestProject) {
  const outDir = mkdtempSync(join(tmpdir(), 'rfc-e2e-dist-'));
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  server = await preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its address');
  project.provide('baseUrl', url);
  project.provide('distDir', outDir);
  return async () => {
    await new Promise<void>((resolve) => server?.httpServer.close(() => resolve()));
    rmSync(outDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The folder the game was built into for this run (servers under test may serve it). */
    distDir: string;
  }
}
