// The kiosk's picker, in Home's place: what this is and how to play at the top; the short
// scenarios on rotation as big tiles, "surprise me", the other language and "done" in the lower
// half, within reach on a tall screen. Before anyone has touched the kiosk it hands over to the
// attract loop.
import Phaser from 'phaser';
import type { ScenarioInfo } from '../../content/scenario-info.ts';
import { contextOf } from '../context.ts';
import { scamTypeName, t } from '../i18n.ts';
import { COLORS } from '../theme.ts';
import { addButton } from '../widgets/button.ts';
import { ScrollView } from '../widgets/scroll-view.ts';
import { addText } from '../widgets/text.ts';
import { registerTarget } from '../widgets/targets.ts';
import { KIOSK_STRINGS, kt } from '../../kiosk/strings.ts';
import { kioskOf } from '../../kiosk/browser/kiosk-api.ts';
import { redrawWhenIdle } from './redraw.ts';

export class KioskPickerScene extends Phaser.Scene {
  private starting = false;
  /** Which create() a pending font load belongs to. */
  private generation = 0;

  constructor() {
    super('Home');
  }

  create() {
    const kiosk = kioskOf(this);
    if (!kiosk || kiosk.phase !== 'visitor') { this.scene.start('KioskAttract'); return; }
    const { metrics, app, ensureGlyphs } = contextOf(this);
    const lang = app.settings.lang;
    const { width: W, height: H } = metrics;
    const pad = metrics.px(16);
    this.starting = false;
    this.cameras.main.setBackgroundColor(COLORS.background);

    // The top: what this is, how it works, that nothing is kept.
    let y = H * 0.05;
    addText(this, W / 2, y, `${t('appName', 'zh')} · Red Flag Chat`, { size: metrics.font(16), color: COLORS.textSecondary }).setOrigin(0.5, 0);
    y += metrics.font(16) * 2;
    const title = addText(this, W / 2, y, kt('pickTitle', lang), { size: metrics.font(28), bold: true, maxWidth: W - pad * 4, align: 'center' }).setOrigin(0.5, 0);
    y += title.height + pad * 1.5;
    const lines = [kiosk.config.mode === 'practice' ? kt('pickPractice', lang) : kt('pickChallenge', lang), kt('pickHowTo', lang), kt('pickPrivacy', lang)];
    for (const [i, line] of lines.entries()) {
      const text = addText(this, pad * 2, y, `${['✓', '⚑', '◎'][i]}  ${line}`, { size: metrics.font(16), color: i === 2 ? COLORS.textSecondary : COLORS.text, maxWidth: W - pad * 4 });
      y += text.height + pad * 0.6;
    }

    // The lower part: the tiles, then the buttons at the bottom.
    const barHeight = metrics.px(64);
    const barY = H - pad * 2 - barHeight;
    const listTop = Math.max(y + pad * 1.5, H * 0.3);
    const listHeight = barY - pad - listTop;
    const view = new ScrollView(this, { x: 0, y: listTop, width: W, height: listHeight, reducedMotion: app.settings.reducedMotion });
    const rotation = kiosk.rotation();
    // Few scenarios: one wide column; more: two. Tiles share the height, within reason (then it scrolls).
    const columns = rotation.length <= 4 ? 1 : 2;
    const rows = Math.ceil(rotation.length / columns);
    const gap = pad;
    const tileW = (W - pad * 2 - gap * (columns - 1)) / columns;
    const tileH = Phaser.Math.Clamp((listHeight - gap * (rows - 1)) / rows, metrics.px(88), metrics.px(190));
    rotation.forEach((info, i) => {
      const tile = this.tile(info, view.originX + pad + (i % columns) * (tileW + gap), Math.floor(i / columns) * (tileH + gap), tileW, tileH);
      view.content.add(tile);
    });
    view.setContentHeight(rows * (tileH + gap) - gap);

    const randomW = W - pad * 4 - metrics.px(120) * 2;
    addButton(this, pad, barY, kt('pickRandom', lang), { width: randomW, height: barHeight, fill: COLORS.brand, textColor: '#ffffff', fontSize: 20, bold: true, radius: metrics.px(14) }, () => this.start('random'));
    addButton(this, pad * 2 + randomW, barY, kt('otherLanguage', lang), { width: metrics.px(120), height: barHeight, fontSize: 18, radius: metrics.px(14), stroke: COLORS.divider },
      () => app.updateSettings({ lang: lang === 'zh' ? 'en' : 'zh' }));
    addButton(this, pad * 3 + randomW + metrics.px(120), barY, kt('pickDone', lang), { width: metrics.px(120), height: barHeight, fontSize: 18, radius: metrics.px(14), stroke: COLORS.divider }, () => kiosk.endVisitor());

    // Both languages' glyphs, so switching language never shows a missing character.
    const text = Object.values(KIOSK_STRINGS).map((s) => s.zh + s.en).join('') + rotation.map((s) => s.title.zh + s.title.en + s.summary.zh + s.summary.en + scamTypeName(s.scamType, 'zh') + scamTypeName(s.scamType, 'en')).join('');
    const pending = document.fonts?.status === 'loading';
    const generation = ++this.generation;
    void ensureGlyphs(text).then(async (fetched) => {
      await document.fonts?.ready;
      if ((fetched || pending) && generation === this.generation) redrawWhenIdle(this);
    });
  }

  private tile(info: ScenarioInfo, x: number, y: number, width: number, height: number): Phaser.GameObjects.Container {
    const { metrics, app } = contextOf(this);
    const lang = app.settings.lang;
    const pad = metrics.px(14);
    const bg = this.add.graphics();
    bg.fillStyle(COLORS.card, 1);
    bg.fillRoundedRect(0, 0, width, height, metrics.px(12));
    bg.fillStyle(COLORS.brand, 1);
    bg.fillRoundedRect(0, 0, metrics.px(6), height, { tl: metrics.px(12), bl: metrics.px(12), tr: 0, br: 0 });
    const inner = width - pad * 2.3;
    const title = addText(this, pad * 1.3, pad, info.title[lang], { size: metrics.font(19), bold: true, maxWidth: inner, maxLines: 2 });
    const meta = addText(this, pad * 1.3, height - pad * 0.8, `${scamTypeName(info.scamType, lang)} · ${kt('pickMinutes', lang, { n: info.minutes })}`, { size: metrics.font(13), color: COLORS.textSecondary, maxWidth: inner, maxLines: 1 }).setOrigin(0, 1);
    const items: Phaser.GameObjects.GameObject[] = [bg, title, meta];
    // The summary, as many lines as fit between the title and the line at the bottom.
    const summarySize = metrics.font(14);
    const room = meta.y - meta.height - (title.y + title.height) - metrics.px(4);
    const lines = Math.floor(room / (summarySize * 1.4));
    if (lines >= 1) items.push(addText(this, pad * 1.3, title.y + title.height + metrics.px(2), info.summary[lang], { size: summarySize, color: '#4c4c4c', maxWidth: inner, maxLines: Math.min(3, lines) }));
    const tile = this.add.container(x, y, items);
    tile.setSize(width, height);
    tile.setInteractive(new Phaser.Geom.Rectangle(width / 2, height / 2, width, height), Phaser.Geom.Rectangle.Contains);
    tile.on('pointerup', (pointer: Phaser.Input.Pointer) => { if (pointer.getDistance() < metrics.px(10)) this.start(info.id); });
    registerTarget(info.title[lang], tile);
    return tile;
  }

  private start(id: string) {
    if (this.starting) return;
    this.starting = true;
    void kioskOf(this)?.play(id).finally(() => { this.starting = false; });
  }
}
