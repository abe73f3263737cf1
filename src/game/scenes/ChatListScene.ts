// The WeChat shell: the chat list with avatars, previews ([转账] [链接] …), unread badges and times.
import Phaser from 'phaser';
import type { ChatEntry, Lang } from '../../engine/index.ts';
import { contextOf } from '../context.ts';
import { t } from '../i18n.ts';
import { listTime } from '../layout/time-labels.ts';
import { COLORS, SIZES } from '../theme.ts';
import { avatarTexture, groupAvatarTexture } from '../textures.ts';
import { addNavBar } from '../widgets/nav-bar.ts';
import { ScrollView } from '../widgets/scroll-view.ts';
import { addText } from '../widgets/text.ts';
import { registerTarget } from '../widgets/targets.ts';
import { displayTime } from '../clock-display.ts';
import { addButton } from '../widgets/button.ts';
import { debriefWasShown } from './DebriefScene.ts';

export function previewOf(entry: ChatEntry | undefined, lang: Lang, nameOf: (id: string) => string): string {
  if (!entry) return '';
  switch (entry.kind) {
    case 'image': case 'voice': case 'link': case 'transfer': case 'red-packet':
      return t(`preview_${entry.kind}`, lang) + (entry.kind === 'link' && entry.title ? ` ${entry.title[lang]}` : '');
    case 'recall':
      return entry.from === 'player' ? t('recalledByMe', lang) : t('recalledBy', lang, { name: nameOf(entry.from) });
    default: {
      if (entry.recalled) return t('recalledBy', lang, { name: nameOf(entry.from) });
      return entry.text?.[lang] ?? '';
    }
  }
}

interface Row {
  /** The tappable row: kept while the list lives, so a tap never lands between two drawings of it. */
  container: Phaser.GameObjects.Container;
  /** What the row's drawing shows; it is drawn again only when this changes. */
  drawn: string;
}

export class ChatListScene extends Phaser.Scene {
  private rows = new Map<string, Row>();
  private rowsLang: Lang = 'zh';
  private endButton: Phaser.GameObjects.Container | null = null;

  constructor() {
    super('ChatList');
  }

  create() {
    const { metrics, app } = contextOf(this);
    const lang = app.settings.lang;
    if (!app.session) { this.scene.start('Home'); return; }
    app.openConversation(null);
    this.rows = new Map();
    this.rowsLang = lang;
    this.endButton = null;
    this.cameras.main.setBackgroundColor(COLORS.background);
    const total = app.totalUnread();
    const nav = addNavBar(this, {
      title: total ? `${t('chats', lang)}(${total})` : t('chats', lang),
      back: { label: t('home', lang), onTap: () => { app.close(); this.scene.start('Home'); } },
    });
    const view = new ScrollView(this, { x: 0, y: nav.height, width: metrics.width, height: metrics.height - nav.height, background: COLORS.card, reducedMotion: app.settings.reducedMotion });
    const render = () => this.renderRows(view);
    render();
    const unsubscribe = app.on((event) => {
      if (event.type === 'ended') { this.scene.start('Debrief'); return; }
      if (event.type === 'session' || event.type === 'settings') {
        const unread = app.totalUnread();
        nav.setTitle(unread ? `${t('chats', app.settings.lang)}(${unread})` : t('chats', app.settings.lang));
        render();
      }
    });
    this.events.once('shutdown', unsubscribe);
    // An ended play shows its debrief first (a resumed game, a chat left as the case ended); after
    // that the list stays, so the chats can be re-read, with a button back to the debrief.
    if (app.snapshot?.status === 'ended' && !debriefWasShown(app.session)) this.scene.start('Debrief');
  }

  /**
   * Orders the rows and redraws the ones whose content changed. Rows are moved and redrawn, never
   * replaced: Phaser hit-tests a new interactive object only from its next frame, so a row replaced
   * as a message arrived would swallow a tap released in between.
   */
  private renderRows(view: ScrollView) {
    const { metrics, app } = contextOf(this);
    const lang = app.settings.lang;
    const snap = app.snapshot;
    if (!snap) return;
    if (lang !== this.rowsLang) {
      // The rows' names (for tests and the DOM layer) are in the old language: start afresh.
      for (const row of this.rows.values()) row.container.destroy();
      this.rows.clear();
      this.rowsLang = lang;
    }
    const rowH = metrics.px(SIZES.listRow);
    const width = metrics.width;
    let y = 0;
    for (const { id, last } of app.chatList()) {
      const conv = snap.conversations.find((c) => c.id === id)!;
      let row = this.rows.get(id);
      if (!row) {
        row = { container: this.addRow(id, conv.title[lang], view.originX), drawn: '' };
        view.content.add(row.container);
        this.rows.set(id, row);
      }
      this.drawRow(row, id, last);
      row.container.setY(y);
      y += rowH;
    }
    if (snap.status === 'ended' && !this.endButton) {
      const pad = metrics.px(16);
      this.endButton = addButton(this, view.originX + pad, y + pad, t('seeDebrief', lang), { width: width - pad * 2, fill: COLORS.brand, textColor: '#ffffff' }, () => this.scene.start('Debrief'));
      view.content.add(this.endButton);
    }
    if (this.endButton) y += this.endButton.height + metrics.px(16) * 2;
    view.setContentHeight(y);
  }

  private addRow(id: string, title: string, x: number): Phaser.GameObjects.Container {
    const { metrics, app } = contextOf(this);
    const width = metrics.width;
    const rowH = metrics.px(SIZES.listRow);
    const row = this.add.container(x, 0);
    row.setSize(width, rowH);
    row.setInteractive(new Phaser.Geom.Rectangle(width / 2, rowH / 2, width, rowH), Phaser.Geom.Rectangle.Contains);
    row.on('pointerup', (pointer: Phaser.Input.Pointer) => {
      if (pointer.getDistance() < metrics.px(10)) { app.openConversation(id); this.scene.start('Chat'); }
    });
    registerTarget(title, row);
    return row;
  }

  private drawRow(row: Row, id: string, last: ChatEntry | undefined) {
    const { metrics, app } = contextOf(this);
    const lang = app.settings.lang;
    const snap = app.snapshot!;
    const conv = snap.conversations.find((c) => c.id === id)!;
    const nameOf = (contact: string) => snap.contacts.find((c) => c.id === contact)?.name[lang] ?? contact;
    const unread = app.unread(id);
    const mentionsMe = unread > 0 && app.entriesOf(id).slice(-unread).some((e) => e.mentions?.includes('player'));
    const timeText = last ? listTime(new Date(displayTime(app, last.at)), new Date(displayTime(app, snap.gameTime)), lang) : '';
    const sender = last && conv.kind === 'group' && last.from !== 'player' && last.kind !== 'system' && last.kind !== 'recall' ? `${nameOf(last.from)}: ` : ''; // WeChat's own list uses an ASCII colon here
    const preview = (sender + previewOf(last, lang, nameOf)).replace(/\n/g, ' ');
    const drawn = JSON.stringify([conv.title[lang], timeText, preview, unread, mentionsMe, metrics.textScale]);
    if (drawn === row.drawn) return;
    row.drawn = drawn;
    row.container.removeAll(true);

    const rowH = metrics.px(SIZES.listRow);
    const avatar = metrics.px(SIZES.listAvatar);
    const pad = metrics.px(16);
    const width = metrics.width;
    const contact = (member: string) => snap.contacts.find((c) => c.id === member)!;
    const key = conv.kind === 'private'
      ? avatarTexture(this, conv.members[0]!, contact(conv.members[0]!).avatar.glyph, contact(conv.members[0]!).avatar.color, avatar, metrics.px(4))
      : groupAvatarTexture(this, id, conv.members.map((m) => contact(m).avatar), avatar, metrics.px(4));
    const bg = this.add.rectangle(0, 0, width, rowH, COLORS.card).setOrigin(0);
    const image = this.add.image(pad, (rowH - avatar) / 2, key).setOrigin(0);
    const textX = pad * 2 + avatar;
    const time = addText(this, width - pad, rowH * 0.22, timeText, { size: metrics.font(12), color: COLORS.textHint }).setOrigin(1, 0);
    const name = addText(this, textX, rowH * 0.18, conv.title[lang], { size: metrics.font(17), maxWidth: width - textX - pad - time.width - pad, maxLines: 1 });
    // As in WeChat, only the [有人@我] tag is red, ahead of the sender and the grey preview.
    const previewSize = metrics.font(14);
    const mention = mentionsMe ? addText(this, textX, rowH * 0.54, `${t('preview_mention', lang)} `, { size: previewSize, color: COLORS.redCss }) : null;
    const previewX = textX + (mention?.width ?? 0);
    const previewText = addText(this, previewX, rowH * 0.54, preview, { size: previewSize, color: COLORS.textHint, maxWidth: width - previewX - pad, maxLines: 1 });
    const divider = this.add.rectangle(textX, rowH - 1, width - textX, 1, COLORS.divider).setOrigin(0);
    row.container.add([bg, image, name, time, ...(mention ? [mention] : []), previewText, divider]);
    if (unread > 0) {
      const label = unread > 99 ? '…' : String(unread);
      const r = metrics.px(9);
      const bx = pad + avatar;
      const by = (rowH - avatar) / 2;
      const badge = this.add.graphics();
      badge.fillStyle(COLORS.red, 1);
      badge.fillRoundedRect(bx - r - (label.length - 1) * r * 0.4, by - r, r * 2 + (label.length - 1) * r * 0.8, r * 2, r);
      const count = addText(this, bx, by, label, { size: metrics.font(12), color: '#ffffff' }).setOrigin(0.5);
      row.container.add([badge, count]);
    }
  }
}
