// A scrolling region with touch drag, momentum and mouse wheel. Its content lives far to the right
// of the world and a camera of its own shows it through a viewport, so nothing else needs masking.
import Phaser from 'phaser';

let regions = 0;

export interface ScrollViewOptions {
  x: number;
  y: number;
  width: number;
  height: number;
  background?: number;
  reducedMotion?: boolean;
  onScroll?: (scrollY: number) => void;
}

export class ScrollView {
  readonly content: Phaser.GameObjects.Container;
  readonly camera: Phaser.Cameras.Scene2D.Camera;
  /** World x of the content's left edge. */
  readonly originX: number;
  private contentHeight = 0;
  private velocity = 0;
  private dragging: { pointerId: number; lastY: number; lastT: number } | null = null;
  /** A smooth scroll under way, and where it is going. */
  private glide: { tween: Phaser.Tweens.Tween; to: number } | null = null;
  private readonly scene: Phaser.Scene;
  private readonly options: ScrollViewOptions;

  constructor(scene: Phaser.Scene, options: ScrollViewOptions) {
    this.scene = scene;
    this.options = options;
    this.originX = 100_000 * ++regions;
    // Children are placed in world coordinates, from originX on.
    this.content = scene.add.container(0, 0);
    this.camera = scene.cameras.add(options.x, options.y, options.width, options.height);
    this.camera.setScroll(this.originX, 0);
    if (options.background !== undefined) this.camera.setBackgroundColor(options.background);

    const input = scene.input;
    input.on('pointerdown', this.onDown, this);
    input.on('pointermove', this.onMove, this);
    input.on('pointerup', this.onUp, this);
    input.on('wheel', this.onWheel, this);
    scene.events.on('update', this.onUpdate, this);
    scene.events.once('shutdown', () => this.destroy());
  }

  get scrollY(): number {
    return this.camera.scrollY;
  }

  get viewHeight(): number {
    return this.camera.height;
  }

  get maxScroll(): number {
    return Math.max(0, this.contentHeight - this.camera.height);
  }

  setContentHeight(height: number) {
    this.contentHeight = height;
    // A smooth scroll keeps going (to the new end if it was headed for the old one).
    if (this.glide) {
      if (this.glide.to > this.maxScroll) this.scrollTo(this.maxScroll, true);
      return;
    }
    this.scrollTo(this.scrollY);
  }

  /** Scrolls to y, at once or smoothly; a later scroll replaces a smooth one under way. */
  scrollTo(y: number, animate = false) {
    const target = Phaser.Math.Clamp(y, 0, this.maxScroll);
    this.velocity = 0;
    this.stopGlide();
    if (animate && !this.options.reducedMotion) {
      const tween = this.scene.tweens.add({
        targets: this.camera, scrollY: target, duration: 250, ease: 'Cubic.Out',
        onUpdate: () => this.options.onScroll?.(this.camera.scrollY),
        onComplete: () => { if (this.glide?.tween === tween) this.glide = null; },
      });
      this.glide = { tween, to: target };
      return;
    }
    this.camera.scrollY = target;
    this.options.onScroll?.(target);
  }

  scrollToBottom(animate = false) {
    this.scrollTo(this.maxScroll, animate);
  }

  /** At the end, or smoothly on the way there: where the view will be once it settles counts. */
  isAtBottom(slack = 4): boolean {
    return (this.glide?.to ?? this.scrollY) >= this.maxScroll - slack;
  }

  private stopGlide() {
    this.glide?.tween.stop();
    this.glide = null;
  }

  private inside(pointer: Phaser.Input.Pointer) {
    const { x, y, width, height } = this.options;
    return pointer.x >= x && pointer.x <= x + width && pointer.y >= y && pointer.y <= y + height;
  }

  private onDown(pointer: Phaser.Input.Pointer) {
    if (!this.inside(pointer)) return;
    this.velocity = 0;
    this.stopGlide();
    this.dragging = { pointerId: pointer.id, lastY: pointer.y, lastT: pointer.time };
  }

  private onMove(pointer: Phaser.Input.Pointer) {
    if (!this.dragging || pointer.id !== this.dragging.pointerId || !pointer.isDown) return;
    const dy = pointer.y - this.dragging.lastY;
    const dt = Math.max(1, pointer.time - this.dragging.lastT);
    this.velocity = -dy / dt;
    this.dragging.lastY = pointer.y;
    this.dragging.lastT = pointer.time;
    this.camera.scrollY = Phaser.Math.Clamp(this.camera.scrollY - dy, 0, this.maxScroll);
    this.options.onScroll?.(this.camera.scrollY);
  }

  private onUp(pointer: Phaser.Input.Pointer) {
    if (!this.dragging || pointer.id !== this.dragging.pointerId) return;
    this.dragging = null;
    if (this.options.reducedMotion) this.velocity = 0;
  }

  private onWheel(pointer: Phaser.Input.Pointer, _objects: unknown, _dx: number, dy: number) {
    if (!this.inside(pointer)) return;
    this.scrollTo(this.scrollY + dy);
  }

  /** Momentum after a flick: the speed decays smoothly, frame-rate independent. */
  private onUpdate(_time: number, delta: number) {
    if (this.dragging || Math.abs(this.velocity) < 0.02) { if (!this.dragging) this.velocity = 0; return; }
    const before = this.camera.scrollY;
    this.camera.scrollY = Phaser.Math.Clamp(before + this.velocity * delta, 0, this.maxScroll);
    this.velocity *= Math.pow(0.994, delta);
    if (this.camera.scrollY === before) this.velocity = 0;
    this.options.onScroll?.(this.camera.scrollY);
  }

  destroy() {
    const input = this.scene.input;
    input?.off('pointerdown', this.onDown, this);
    input?.off('pointermove', this.onMove, this);
    input?.off('pointerup', this.onUp, this);
    input?.off('wheel', this.onWheel, this);
    this.scene.events.off('update', this.onUpdate, this);
    this.stopGlide();
    if (this.scene.cameras?.cameras.includes(this.camera)) this.scene.cameras.remove(this.camera);
    this.content.destroy();
  }
}
