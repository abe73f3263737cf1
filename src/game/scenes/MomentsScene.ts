// A persona's Moments (朋友圈): the curated life that is part of the con.
import Phaser from 'phaser';
import { contextOf } from '../context.ts';
import { t } from '../i18n.ts';
import { COLORS } from '../theme.ts';
import { artTexture, avatarTexture } from '../textures.ts';
import { addNavBar } from '../widgets/nav-bar.ts';
import { ScrollView } from '../widgets/scroll-view.ts';
import { addText } from '../widgets/text.ts';

export class MomentsScene extends Phaser.Scene {
  constructor() {
    super('Moments');
  }

  create(data: { contact: string; conversation?: string }) {
    const { app, metrics } = contextOf(this);
    const snap = app.snapshot;
    const model = app.current;
    const contact = snap?.contacts.find((c) => c.id === data.contact);
    if (!snap || !model || !contact) { this.scene.start('ChatList'); return; }
    const lang = app.settings.lang;
    const { width, height } = metrics;
    this.cameras.main.setBackgroundColor(COLORS.card);
    const nav = addNavBar(this, { title: t('moments', lang), back: { label: t('profile', lang), onTap: () => this.scene.start('Profile', data) } });
    const view = new ScrollView(this, { x: 0, y: nav.height, width, height: height - nav.height, background: COLORS.card, reducedMotion: app.settings.reducedMotion });
    const pad = metrics.px(14);
    const x0 = view.originX;
    const coverH = metrics.px(220);
    const cover = this.add.image(x0, 0, artTexture(this, 'scenery', `${contact.id}:cover`, width, coverH)).setOrigin(0);
    const size = metrics.px(64);
    const avatar = this.add.image(x0 + width - pad - size, coverH - size * 0.6, avatarTexture(this, contact.id, contact.avatar.glyph, contact.avatar.color, size, metrics.px(6))).setOrigin(0);
    const name = addText(this, x0 + width - pad * 2 - size, coverH - metrics.px(30), contact.name[lang], { size: metrics.font(18), bold: true, color: '#ffffff' }).setOrigin(1, 0.5);
    view.content.add([cover, avatar, name]);
    let y = coverH + size * 0.6 + pad;
    const small = metrics.px(40);
    const textX = pad * 2 + small;
    for (const moment of model.scenario.contacts[contact.id]?.moments ?? []) {
      const av = this.add.image(x0 + pad, y, avatarTexture(this, contact.id, contact.avatar.glyph, contact.avatar.color, small, metrics.px(4))).setOrigin(0);
      const who = addText(this, x0 + textX, y, contact.name[lang], { size: metrics.font(15), color: COLORS.link, bold: true });
      const body = addText(this, x0 + textX, who.y + who.height + metrics.px(2), moment.text[lang], { size: metrics.font(15), maxWidth: width - textX - pad });
      view.content.add([av, who, body]);
      y = body.y + body.height + metrics.px(6);
      if (moment.art) {
        const w = metrics.px(180);
        const img = this.add.image(x0 + textX, y, artTexture(this, moment.art, `${contact.id}:${moment.id}`, w, Math.round(w * 0.75))).setOrigin(0);
        view.content.add(img);
        y += img.height + metrics.px(6);
      }
      const when = moment.daysAgo < 1 ? t('today', lang) : t('daysAgo', lang, { n: Math.round(moment.daysAgo) });
      const meta = addText(this, x0 + textX, y, `${when}${moment.likes ? `   ♡ ${t('likes', lang, { n: moment.likes })}` : ''}`, { size: metrics.font(12), color: COLORS.textHint });
      view.content.add(meta);
      y += meta.height + pad;
      view.content.add(this.add.rectangle(x0, y - pad / 2, width, 1, COLORS.divider).setOrigin(0));
    }
    view.setContentHeight(y + pad);
  }
}
