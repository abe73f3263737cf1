// The baseline for the first-load benchmark: an empty Phaser 4 game with the same renderer
// settings as ours. `main:start` marks when its script runs, `window.__created` when its scene is
// created and `window.__ready` when the first frame after that is drawn (the game's own marks are
// `main:start`, `home:create` and `home:drawn`).
import Phaser from 'phaser';

performance.mark('main:start');

const dpr = window.devicePixelRatio || 1;
new Phaser.Game({
  type: Phaser.WEBGL,
  parent: 'app',
  width: window.innerWidth * dpr,
  height: window.innerHeight * dpr,
  backgroundColor: '#EDEDED',
  scale: { mode: Phaser.Scale.NONE, zoom: 1 / dpr },
  audio: { noAudio: true },
  scene: {
    create(this: Phaser.Scene) {
      (window as unknown as { __created: number }).__created = performance.now();
      this.game.events.once('postrender', () => { (window as unknown as { __ready: number }).__ready = performance.now(); });
    },
  },
});
