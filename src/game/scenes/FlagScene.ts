// Flag a message: pick the red flag it shows from the catalogue, grouped by the rules of 三不一多.
// Practice mode says at once whether it was right; challenge mode keeps it for the debrief.
import Phaser from 'phaser';
import { RULES } from '../../engine/constants.ts';
import { contextOf } from '../context.ts';
import { t } from '../i18n.ts';
import { COLORS } from '../theme.ts';
import { addButton } from '../widgets/button.ts';
import { ScrollView } from '../widgets/scroll-view.ts';
import { addText } from '../widgets/text.ts';
import { toast } from './ToastScene.ts';
import { ignoreHeldPointers } from '../widgets/held-pointers.ts';

export class FlagScene extends Phaser.Scene {
  constructor() {
    super('Flag');
  }

  create(data: { message: string }) {
    const { metrics, app } = contextOf(this);
    const lang = app.settings.lang;
    const { width, height } = metrics;
    this.scene.bringToTop();
    ignoreHeldPointers(this);
    const close = () => this.scene.stop();
    this.add.rectangle(0, 0, width, height, COLORS.overlay, 0.45).setOrigin(0).setInteractive().on('pointerup', close);
    const top = Math.round(height * 0.22);
    const panel = this.add.graphics();
    panel.fillStyle(0xf7f7f7, 1);
    panel.fillRoundedRect(0, top, width, height - top + metrics.px(12), { tl: metrics.px(12), tr: metrics.px(12), bl: 0, br: 0 });
    panel.setInteractive(new Phaser.Geom.Rectangle(0, top, width, height - top), Phaser.Geom.Rectangle.Contains);
    const pad = metrics.px(16);
    const title = addText(this, pad, top + pad, t('flagSheetTitle', lang), { size: metrics.font(17), bold: true, maxWidth: width - pad * 2 });
    const entry = app.snapshot?.entries.find((e) => e.message === data.message);
    const quote = entry?.text?.[lang] ?? entry?.title?.[lang] ?? '';
    const quoteText = addText(this, pad, title.y + title.height + metrics.px(4), quote ? `“${quote}”` : '', { size: metrics.font(14), color: COLORS.textSecondary, maxWidth: width - pad * 2, maxLines: 2 });
    const cancelH = metrics.px(56);
    addButton(this, 0, height - cancelH, t('cancel', lang), { width, height: cancelH, fill: 0xffffff, radius: 0 }, close);
    const listTop = quoteText.y + quoteText.height + pad / 2;
    const view = new ScrollView(this, { x: 0, y: listTop, width, height: height - cancelH - listTop - metrics.px(4), background: 0xf7f7f7, reducedMotion: app.settings.reducedMotion });
    let y = 0;
    for (const rule of RULES) {
      const header = addText(this, view.originX + pad, y + metrics.px(8), app.catalogue.rules[rule][lang], { size: metrics.font(13), color: COLORS.brandCss, bold: true });
      view.content.add(header);
      y += header.height + metrics.px(12);
      for (const flag of app.catalogue.flags.filter((f) => f.rule === rule)) {
        const row = addButton(this, view.originX + pad, y, flag.name[lang], { width: width - pad * 2, fill: 0xffffff, align: 'left', fontSize: 16 }, () => this.pick(data.message, flag.id));
        view.content.add(row);
        y += row.height + metrics.px(6);
      }
    }
    view.setContentHeight(y + pad);
    this.input.keyboard?.on('keydown-ESC', close);
  }

  private pick(message: string, flag: string) {
    const { app } = contextOf(this);
    const lang = app.settings.lang;
    const result = app.act({ type: 'flag', message, flag });
    this.scene.stop();
    if (!result.ok) { toast(this, result.reason.includes('already') ? t('alreadyFlagged', lang) : result.reason, 'bad'); return; }
    const name = app.catalogue.flags.find((f) => f.id === flag)?.name[lang] ?? flag;
    const feedback = result.feedback;
    if (!feedback) toast(this, t('flagRecorded', lang));
    else if (feedback.result === 'correct') toast(this, t('flagCorrect', lang, { name }), 'good');
    else if (feedback.result === 'wrong-category') toast(this, t('flagWrongCategory', lang, { name }), 'info', 3000);
    else toast(this, t('flagBenign', lang), 'bad', 3000);
  }
}
