// A Vite plugin: `import Phaser from 'phaser'` gets src/vendor/phaser-lite.js, the parts of
// Phaser the game uses built from Phaser's sources, instead of the whole prebuilt bundle. Phaser's
// sources test build flags with `typeof FLAG`, which its own webpack build replaces; so does this.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const ENTRY = fileURLToPath(new URL('../../src/vendor/phaser-lite.js', import.meta.url));

/** Phaser's build flags: WebGL only, no canvas renderer, no Phaser sound (Howler plays it), no debug. */
export const PHASER_FLAGS: Record<string, boolean> = {
  WEBGL_RENDERER: true,
  CANVAS_RENDERER: false,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};

const FLAG = new RegExp(`typeof (${Object.keys(PHASER_FLAGS).join('|')})\\b`, 'g');

export function phaserLite(): Plugin {
  return {
    name: 'red-flag-chat-phaser-lite',
    // Phaser's sources are CommonJS, which the dev server does not convert: `vite` (dev) and
    // vitest use the prebuilt bundle; every production build, the browser tests' included, uses this.
    apply: 'build',
    enforce: 'pre',
    resolveId: (id) => (id === 'phaser' ? ENTRY : undefined),
    transform(code, id) {
      if (!id.includes('/node_modules/phaser/src/') || !code.includes('typeof ')) return undefined;
      return { code: code.replace(FLAG, (_, name: string) => String(PHASER_FLAGS[name])), map: null };
    },
  };
}
