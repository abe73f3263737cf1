// Always on top: toasts appear over every other scene, chats included.
import Phaser from 'phaser';
import { showToast } from '../widgets/toast.ts';

export class ToastScene extends Phaser.Scene {
  constructor() {
    super('Toast');
  }

  create() {
    this.scene.bringToTop();
    this.input.enabled = false;
  }

  show(message: string, tone: 'info' | 'good' | 'bad' = 'info', ms?: number) {
    this.scene.bringToTop();
    showToast(this, message, tone, ms);
  }
}

/** Shows a toast above everything. */
export function toast(scene: Phaser.Scene, message: string, tone: 'info' | 'good' | 'bad' = 'info', ms?: number) {
  const top = scene.scene.get('Toast') as ToastScene | null;
  if (top?.sys.isActive()) top.show(message, tone, ms);
}
