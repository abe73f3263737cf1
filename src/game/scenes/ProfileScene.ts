// A contact's profile (详细资料): avatar, name, region, signature, a peek at Moments, and the
// buttons to message, block or report.
import Phaser from 'phaser';
import { contextOf } from '../context.ts';
import { t } from '../i18n.ts';
import { COLORS } from '../theme.ts';
import { avatarTexture } from '../textures.ts';
import { addButton } from '../widgets/button.ts';
import { addNavBar } from '../widgets/nav-bar.ts';
import { addText, measurer } from '../widgets/text.ts';
import { toast } from './ToastScene.ts';
import { relabelTarget } from '../widgets/targets.ts';
import { truncate } from '../layout/wrap.ts';

export class ProfileScene extends Phaser.Scene {
  constructor() {
    super('Profile');
  }

  create(data: { contact: string; conversation?: string }) {
    const { app, metrics } = contextOf(this);
    const snap = app.snapshot;
    const contact = snap?.contacts.find((c) => c.id === data.contact);
    if (!snap || !contact) { this.scene.start('ChatList'); return; }
    const lang = app.settings.lang;
    const { width } = metrics;
    const pad = metrics.px(16);
    this.cameras.main.setBackgroundColor(COLORS.background);
    const back = () => { if (data.conversation) { app.openConversation(data.conversation); this.scene.start('Chat'); } else this.scene.start('ChatList'); };
    const nav = addNavBar(this, { title: t('profile', lang), back: { label: t('back', lang), onTap: back } });
    let y = nav.height;
    const size = metrics.px(64);
    const panel = this.add.rectangle(0, y, width, size + pad * 2, COLORS.card).setOrigin(0);
    this.add.image(pad, y + pad, avatarTexture(this, contact.id, contact.avatar.glyph, contact.avatar.color, size, metrics.px(6))).setOrigin(0);
    addText(this, pad * 2 + size, y + pad, contact.name[lang], { size: metrics.font(20), bold: true, maxWidth: width - size - pad * 3 });
    if (contact.region) addText(this, pad * 2 + size, y + pad + metrics.font(30), `${t('region', lang)}${t('colon', lang)}${contact.region[lang]}`, { size: metrics.font(14), color: COLORS.textSecondary });
    y += panel.height + metrics.px(8);
    if (contact.bio) {
      const bio = addText(this, pad, y + pad, `${t('signature', lang)}    ${contact.bio[lang]}`, { size: metrics.font(15), maxWidth: width - pad * 2 });
      this.add.rectangle(0, y, width, bio.height + pad * 2, COLORS.card).setOrigin(0).setDepth(-1);
      y += bio.height + pad * 2 + metrics.px(8);
    }
    const model = app.current;
    const moments = model?.scenario.contacts[contact.id]?.moments ?? [];
    if (moments.length) {
      // WeChat's row: the label at the margin, a peek at the latest post, the chevron at the far edge.
      const row = addButton(this, 0, y, '', { width, height: metrics.px(56), fill: COLORS.card, radius: 0 }, () => this.scene.start('Moments', data));
      relabelTarget(row, t('moments', lang));
      const style = { size: metrics.font(15) };
      const label = addText(this, pad, 0, t('moments', lang), style);
      const chevron = addText(this, width - pad, 0, '›', { size: metrics.font(18), color: COLORS.textHint }).setOrigin(1, 0);
      const peekX = pad + Math.max(label.width + pad, metrics.px(88));
      const peek = addText(this, peekX, 0, truncate(moments[0]!.text[lang], width - peekX - chevron.width - pad * 2, measurer(style.size)), { ...style, color: COLORS.textSecondary });
      for (const part of [label, peek, chevron]) part.setY((row.height - part.height) / 2);
      row.add([label, peek, chevron]);
      y += row.height + metrics.px(8);
    }
    const buttons: [string, () => void, string][] = [
      [`💬 ${t('sendMessage', lang)}`, back, COLORS.link],
      [t('action_block', lang), () => { const r = app.act({ type: 'block', contact: contact.id }); toast(this, r.ok ? t('actionDone_block', lang) : r.reason, r.ok ? 'good' : 'bad'); }, COLORS.redCss],
      [t('action_report', lang), () => { const r = app.act({ type: 'report', contact: contact.id }); toast(this, r.ok ? t('actionDone_report', lang) : r.reason, r.ok ? 'good' : 'bad'); }, COLORS.redCss],
    ];
    for (const [label, onTap, color] of buttons) {
      const b = addButton(this, 0, y, label, { width, height: metrics.px(56), fill: COLORS.card, radius: 0, textColor: color }, onTap);
      this.add.rectangle(0, y + b.height - 1, width, 1, COLORS.divider).setOrigin(0);
      y += b.height;
    }
    const unsubscribe = app.on((event) => { if (event.type === 'ended') this.scene.start('Debrief'); });
    this.events.once('shutdown', unsubscribe);
  }
}
