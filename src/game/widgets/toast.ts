// A short message in the middle of the screen (WeChat's toast), gone after a moment.
import type Phaser from 'phaser';
import { contextOf } from '../context.ts';
import { addText } from './text.ts';

export function showToast(scene: Phaser.Scene, message: string, tone: 'info' | 'good' | 'bad' = 'info', ms = 2200) {
  const { metrics, app } = contextOf(scene);
  const mark = tone === 'good' ? '✓ ' : tone === 'bad' ? '✕ ' : '';
  const text = addText(scene, 0, 0, mark + message, { size: metrics.font(16), color: '#ffffff', maxWidth: metrics.width * 0.6, align: 'center' });
  const pad = metrics.px(16);
  const w = text.width + pad * 2;
  const h = text.height + pad * 1.5;
  const bg = scene.add.graphics();
  bg.fillStyle(0x000000, 0.75);
  bg.fillRoundedRect(0, 0, w, h, metrics.px(10));
  text.setPosition(pad, pad * 0.75);
  const toast = scene.add.container((metrics.width - w) / 2, metrics.height * 0.42 - h / 2, [bg, text]).setDepth(100);
  const hide = () => toast.destroy();
  if (app.settings.reducedMotion) scene.time.delayedCall(ms, hide);
  else {
    toast.setAlpha(0);
    scene.tweens.add({ targets: toast, alpha: 1, duration: 150 });
    scene.time.delayedCall(ms, () => scene.tweens.add({ targets: toast, alpha: 0, duration: 200, onComplete: hide }));
  }
  return toast;
}
