// A bottom action sheet over any scene (WeChat's long-press menu / "+" panel / safety tools).
import Phaser from 'phaser';
import { contextOf } from '../context.ts';
import { t } from '../i18n.ts';
import { COLORS } from '../theme.ts';
import { addButton } from '../widgets/button.ts';
import { addText } from '../widgets/text.ts';
import { ignoreHeldPointers } from '../widgets/held-pointers.ts';

export interface SheetItem {
  label: string;
  onTap: () => void;
  danger?: boolean;
}

export interface SheetSpec {
  title?: string;
  items: SheetItem[];
}

export function openSheet(from: Phaser.Scene, spec: SheetSpec) {
  from.scene.launch('Sheet', spec);
  from.scene.bringToTop('Sheet');
}

export class SheetScene extends Phaser.Scene {
  constructor() {
    super('Sheet');
  }

  create(spec: SheetSpec) {
    const { metrics, app } = contextOf(this);
    const lang = app.settings.lang;
    const { width, height } = metrics;
    const close = () => this.scene.stop();
    ignoreHeldPointers(this);
    const dim = this.add.rectangle(0, 0, width, height, COLORS.overlay, 0.45).setOrigin(0).setInteractive();
    dim.on('pointerup', close);
    const rowH = metrics.px(metrics.isTall ? 64 : 56);
    const gap = metrics.px(8);
    const rows = spec.items.length + (spec.title ? 0 : 0);
    const titleH = spec.title ? metrics.px(48) : 0;
    const sheetH = titleH + rows * rowH + gap + rowH + metrics.px(12);
    const top = height - sheetH;
    const panel = this.add.graphics();
    panel.fillStyle(0xf7f7f7, 1);
    panel.fillRoundedRect(0, top, width, sheetH + metrics.px(12), { tl: metrics.px(12), tr: metrics.px(12), bl: 0, br: 0 });
    panel.setInteractive(new Phaser.Geom.Rectangle(0, top, width, sheetH), Phaser.Geom.Rectangle.Contains);
    if (spec.title) addText(this, width / 2, top + titleH / 2, spec.title, { size: metrics.font(14), color: COLORS.textSecondary }).setOrigin(0.5);
    let y = top + titleH;
    for (const item of spec.items) {
      addButton(this, 0, y, item.label, { width, height: rowH, fill: 0xffffff, radius: 0, textColor: item.danger ? COLORS.redCss : '#191919' }, () => { close(); item.onTap(); });
      this.add.rectangle(0, y + rowH - 1, width, 1, COLORS.divider).setOrigin(0);
      y += rowH;
    }
    y += gap;
    addButton(this, 0, y, t('cancel', lang), { width, height: rowH, fill: 0xffffff, radius: 0 }, close);
    this.input.keyboard?.on('keydown-ESC', close);
  }
}
