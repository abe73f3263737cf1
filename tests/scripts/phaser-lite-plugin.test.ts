// The lean Phaser build: `phaser` resolves to the game's own entry, and Phaser's build flags are
// replaced as Phaser's own webpack build replaces them.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import type { Plugin } from 'vite';
import { phaserLite, PHASER_FLAGS } from '../../scripts/build/phaser-lite-plugin.ts';

const plugin = phaserLite() as Plugin & { resolveId(id: string): string | undefined; transform(code: string, id: string): { code: string } | undefined };

describe('phaserLite', () => {
  it("resolves 'phaser' to the game's entry, which exists, and nothing else", () => {
    const entry = plugin.resolveId('phaser')!;
    expect(entry.endsWith('src/vendor/phaser-lite.js')).toBe(true);
    expect(existsSync(entry)).toBe(true);
    expect(plugin.resolveId('phaser/src/core/Game.js')).toBeUndefined();
  });

  it("replaces each build flag test in Phaser's sources with its value, and leaves other typeof tests alone", () => {
    const code = 'if (typeof WEBGL_RENDERER) a(); if (typeof CANVAS_RENDERER) b(); if (typeof FEATURE_SOUND) c(); if (typeof WEBGL_DEBUG) d(); if (typeof window !== "undefined") e();';
    const out = plugin.transform(code, '/x/node_modules/phaser/src/renderer/index.js')!.code;
    expect(out).toBe('if (true) a(); if (false) b(); if (false) c(); if (false) d(); if (typeof window !== "undefined") e();');
    expect(PHASER_FLAGS.WEBGL_RENDERER).toBe(true);
  });

  it("touches only Phaser's sources", () => {
    expect(plugin.transform('typeof WEBGL_DEBUG', '/x/src/game/main.ts')).toBeUndefined();
  });

  it('is for production builds only (the dev server serves the prebuilt Phaser)', () => {
    expect(plugin.apply).toBe('build');
  });
});
