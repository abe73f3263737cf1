// The top bar: a back button on the left, the title in the middle, an action on the right.
import type Phaser from 'phaser';
import { contextOf } from '../context.ts';
import { COLORS, SIZES } from '../theme.ts';
import { addButton } from './button.ts';
import { addText, measurer, setWrappedText } from './text.ts';
import type { IconName } from './icons.ts';

export interface NavBarOptions {
  title: string;
  subtitle?: string;
  back?: { label: string; onTap: () => void };
  actions?: { label: string; icon?: IconName; onTap: () => void }[];
  color?: number;
}

export interface NavBar {
  container: Phaser.GameObjects.Container;
  height: number;
  setTitle(title: string): void;
}

export function addNavBar(scene: Phaser.Scene, options: NavBarOptions): NavBar {
  const { metrics } = contextOf(scene);
  const width = metrics.width;
  const height = metrics.px(SIZES.navBar) + (metrics.isTall ? metrics.px(16) : 0);
  const bg = scene.add.rectangle(0, 0, width, height, options.color ?? COLORS.navBar).setOrigin(0);
  const divider = scene.add.rectangle(0, height - 1, width, 1, COLORS.divider).setOrigin(0);
  const items: Phaser.GameObjects.GameObject[] = [bg, divider];
  let left = 0;
  if (options.back) {
    const label = `‹ ${options.back.label}`;
    // As wide as its label (padding 12 each side), so the title keeps the room that is left.
    const backWidth = Math.min(metrics.px(120), Math.max(metrics.px(56), measurer(metrics.font(16))(label) + metrics.px(26)));
    const back = addButton(scene, metrics.px(4), (height - metrics.px(44)) / 2, label, {
      width: backWidth, height: metrics.px(44), fill: options.color ?? COLORS.navBar, fontSize: 16, align: 'left',
    }, options.back.onTap);
    items.push(back);
    left = metrics.px(4) + back.width;
  }
  let right = width - metrics.px(4);
  for (const action of [...(options.actions ?? [])].reverse()) {
    const w = metrics.px(action.icon ? 44 : Math.max(44, 16 * action.label.length));
    right -= w;
    items.push(addButton(scene, right, (height - metrics.px(44)) / 2, action.label, { width: w, height: metrics.px(44), fill: options.color ?? COLORS.navBar, fontSize: 16, icon: action.icon }, action.onTap));
  }
  // Centred between whichever side is wider, so a long title ends in … instead of running under a button.
  const side = Math.max(left, width - right) + metrics.px(4);
  const titleStyle = { size: metrics.font(17), bold: true, maxWidth: width - side * 2, maxLines: 1 };
  const title = addText(scene, width / 2, height / 2, options.title, titleStyle).setOrigin(0.5);
  items.push(title);
  const container = scene.add.container(0, 0, items).setDepth(10);
  return {
    container,
    height,
    setTitle: (text: string) => setWrappedText(title, text, titleStyle),
  };
}
