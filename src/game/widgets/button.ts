// A tappable rounded rectangle with a label (or an icon): at least 44 CSS px tall, darker while pressed.
import Phaser from 'phaser';
import { addText, measurer, setWrappedText } from './text.ts';
import { registerTarget, relabelTarget } from './targets.ts';
import { contextOf } from '../context.ts';
import { drawIcon, type IconName } from './icons.ts';
import { addPanel } from './panel.ts';

export interface ButtonOptions {
  width: number;
  height?: number;
  fill?: number;
  textColor?: string;
  /** Font size in CSS px. */
  fontSize?: number;
  radius?: number;
  bold?: boolean;
  stroke?: number;
  align?: 'left' | 'center';
  disabled?: boolean;
  /** Draw this icon instead of the label; the label stays the button's name (for tests and the DOM layer). */
  icon?: IconName;
}

export function addButton(scene: Phaser.Scene, x: number, y: number, label: string, options: ButtonOptions, onTap: () => void): Phaser.GameObjects.Container {
  const { metrics } = contextOf(scene);
  const padding = metrics.px(12);
  // Meant for one line: a button of a set height (bars, sheets, dialogs), or a word or two.
  const oneLine = !options.icon && !label.includes('\n') && (options.height !== undefined || label.trim().split(/\s+/).length <= 2);
  const nominal = metrics.font(options.fontSize ?? 17);
  const fontSize = oneLine ? fittedSize(label, nominal, options.width - padding * 2, options.bold) : nominal;
  const textStyle = { size: fontSize, color: options.textColor ?? '#191919', bold: options.bold, maxWidth: options.width - padding * 2, align: options.align ?? 'center' } as const;
  const text = addText(scene, 0, 0, options.icon ? '' : label, textStyle);
  const height = options.icon ? options.height ?? metrics.px(44) : Math.max(options.height ?? metrics.px(44), text.height + metrics.px(12));
  const radius = options.radius ?? metrics.px(8);
  const { background, draw } = options.icon
    ? iconBackground(scene, options.icon, options, height, radius)
    : panelBackground(scene, options, height, radius);
  draw(false);
  const placeText = () => text.setPosition(options.align === 'left' ? padding : (options.width - text.width) / 2, (height - text.height) / 2);
  placeText();
  if (options.disabled) text.setAlpha(0.5);
  const container = scene.add.container(x, y, [...background, text]);
  container.setSize(options.width, height);
  if (!options.disabled) {
    container.setInteractive(new Phaser.Geom.Rectangle(options.width / 2, height / 2, options.width, height), Phaser.Geom.Rectangle.Contains);
    container.on('pointerdown', () => draw(true));
    container.on('pointerout', () => draw(false));
    container.on('pointerup', (pointer: Phaser.Input.Pointer) => {
      draw(false);
      if (pointer.getDistance() < metrics.px(10)) onTap();
    });
    registerTarget(label, container);
  }
  relabel.set(container, (next) => {
    if (!options.icon) { setWrappedText(text, next, textStyle); placeText(); }
    relabelTarget(container, next);
  });
  return container;
}

interface Background { background: Phaser.GameObjects.GameObject[]; draw(pressed: boolean): void }

/** A nine-slice panel, with a darker one over it while pressed (most buttons). */
function panelBackground(scene: Phaser.Scene, options: ButtonOptions, height: number, radius: number): Background {
  const { metrics } = contextOf(scene);
  const panel = addPanel(scene, 0, 0, options.width, height, { radius, fill: options.fill ?? 0xffffff, stroke: options.stroke, strokeWidth: Math.max(1, metrics.px(1)) });
  if (options.disabled) panel.setAlpha(0.5);
  const shade = addPanel(scene, 0, 0, options.width, height, { radius, fill: 0x000000 }).setAlpha(0.08).setVisible(false);
  return { background: [panel, shade], draw: (pressed) => shade.setVisible(pressed) };
}

/** A rounded rectangle and an icon drawn as one Graphics. */
function iconBackground(scene: Phaser.Scene, icon: IconName, options: ButtonOptions, height: number, radius: number): Background {
  const { metrics } = contextOf(scene);
  const bg = scene.add.graphics();
  const draw = (pressed: boolean) => {
    bg.clear();
    bg.fillStyle(options.fill ?? 0xffffff, options.disabled ? 0.5 : 1);
    bg.fillRoundedRect(0, 0, options.width, height, radius);
    if (pressed) { bg.fillStyle(0x000000, 0.08); bg.fillRoundedRect(0, 0, options.width, height, radius); }
    if (options.stroke !== undefined) { bg.lineStyle(Math.max(1, metrics.px(1)), options.stroke, 1); bg.strokeRoundedRect(0, 0, options.width, height, radius); }
    drawIcon(bg, icon, options.width / 2, height / 2, metrics.px(24), 0x191919);
  };
  return { background: [bg], draw };
}

const relabel = new WeakMap<Phaser.GameObjects.Container, (label: string) => void>();

/**
 * Changes a button's label in place (its height stays). Replacing the button instead would leave
 * a gap of one frame in which a tap on it is lost: Phaser hit-tests a new object from its next frame.
 */
export function relabelButton(button: Phaser.GameObjects.Container, label: string): void {
  relabel.get(button)?.(label);
}

/**
 * A one-line label a little too wide for its button (larger text sizes, English) is drawn a little
 * smaller instead of breaking mid-word or overflowing its bar; one far too wide still wraps.
 */
function fittedSize(label: string, size: number, room: number, bold = false): number {
  const width = measurer(size, bold)(label);
  if (width <= room) return size;
  const fitted = Math.floor((size * room) / width);
  return fitted >= size * 0.75 ? fitted : size;
}
