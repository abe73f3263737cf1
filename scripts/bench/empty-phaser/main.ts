// The baseline for the first-load benchmark: an empty Phaser 4 game with the same renderer
// settings as ours. `window.__ready` is when its first scene is created.
import Phaser from 'phaser';

const dpr = window.devicePixelRatio || 1;
new Phaser.Game({
  type: Phaser.WEBGL,
  parent: 'app',
  width: window.innerWidth * dpr,
  height: window.innerHeight * dpr,
  backgroundColor: '#EDEDED',
  scale: { mode: Phaser.Scale.NONE, zoom: 1 / dpr },
  audio: { noAudio: true },
  scene: { create() { (window as unknown as { __ready: number }).__ready = performance.now(); } },
});
