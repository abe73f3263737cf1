// The chat view: bubbles with avatars, time labels, typing indicator, every message kind, smooth
// scrolling with a "new messages" jump, replies within thumb reach, the "+" panel and safety tools.
// Only the bubbles on screen exist as display objects (virtualised), so long chats stay smooth.
import Phaser from 'phaser';
import type { ChatEntry, SessionSnapshot } from '../../engine/index.ts';
import { contextOf } from '../context.ts';
import { money, t } from '../i18n.ts';
import { layoutChat, type ChatItem } from '../layout/chat-layout.ts';
import { timeLabel } from '../layout/time-labels.ts';
import { COLORS, SIZES } from '../theme.ts';
import { addButton, relabelButton } from '../widgets/button.ts';
import { InputBar } from '../widgets/input-bar.ts';
import { buildMessageView } from '../widgets/message-view.ts';
import { addNavBar, type NavBar } from '../widgets/nav-bar.ts';
import { ScrollView } from '../widgets/scroll-view.ts';
import { measurer } from '../widgets/text.ts';
import { displayTime } from '../clock-display.ts';
import { toast } from './ToastScene.ts';
import { openSheet } from './SheetScene.ts';

const OVERSCAN = 1.0;

export class ChatScene extends Phaser.Scene {
  private view!: ScrollView;
  private nav!: NavBar;
  private items: ChatItem[] = [];
  private visible = new Map<string, Phaser.GameObjects.Container>();
  /** What each visible view was drawn from (see drawnAs). */
  private drawn = new Map<string, string>();
  private layoutKey = '';
  private entryCount = -1;
  private flaggedKey = '';
  private inputBar!: InputBar;
  private pill: Phaser.GameObjects.Container | null = null;
  private pillLabel = '';
  private unseen = 0;
  private conversationId = '';

  constructor() {
    super('Chat');
  }

  create() {
    const { app, metrics } = contextOf(this);
    const snap = app.snapshot;
    if (!snap || !app.conversation) { this.scene.start(snap ? 'ChatList' : 'Home'); return; }
    this.conversationId = app.conversation;
    this.visible = new Map();
    this.drawn = new Map();
    this.items = [];
    this.layoutKey = '';
    this.entryCount = -1;
    this.pill = null;
    this.unseen = 0;
    this.cameras.main.setBackgroundColor(COLORS.background);
    const conv = snap.conversations.find((c) => c.id === this.conversationId)!;
    const lang = app.settings.lang;
    const back = () => { app.openConversation(null); this.scene.start('ChatList'); };
    this.nav = addNavBar(this, {
      title: conv.title[lang],
      back: { label: t('chats', lang), onTap: back },
      actions: [
        { label: t('safety', lang), icon: 'shield', onTap: () => this.openSafety() },
        { label: t('profile', lang), icon: 'more', onTap: () => this.openMembers() },
      ],
    });
    this.inputBar = new InputBar(this, {
      choose: (choice) => this.choose(choice),
      skip: () => app.session?.skip(),
      plus: () => this.openPlus(),
      debrief: () => this.scene.start('Debrief'),
    });
    this.view = new ScrollView(this, {
      x: 0, y: this.nav.height, width: metrics.width, height: metrics.height - this.nav.height - metrics.px(SIZES.inputBar),
      background: COLORS.background, reducedMotion: app.settings.reducedMotion, onScroll: () => this.renderVisible(),
    });
    this.refresh(true);
    const unsubscribe = app.on((event) => {
      if (event.type === 'session' || event.type === 'settings') this.refresh(false);
      if (event.type === 'ended') this.refresh(false);
    });
    // Escape closes an open overlay (flag sheet, menu, transfer), not the chat beneath it.
    this.input.keyboard?.on('keydown-ESC', () => {
      if (['Sheet', 'Flag', 'Transfer'].some((key) => this.scene.isActive(key))) return;
      back();
    });
    this.events.once('shutdown', () => { unsubscribe(); this.visible.clear(); this.drawn.clear(); });
  }

  /** Re-lays out the chat when something changed, keeps the view at the bottom if it was there. */
  private refresh(first: boolean) {
    const { app, metrics } = contextOf(this);
    const snap = app.snapshot;
    if (!snap) return;
    const lang = app.settings.lang;
    const entries = snap.entries.filter((e) => e.conversation === this.conversationId);
    const flagged = snap.flagged.map((f) => f.message).join(',');
    const key = `${lang}|${metrics.textScale}|${metrics.width}`;
    const statusKey = entries.map((e) => `${e.status ?? ''}${e.recalled ? 'r' : ''}`).join('');
    const changed = key !== this.layoutKey || entries.length !== this.entryCount || flagged !== this.flaggedKey || statusKey !== this.statusKey;
    if (changed) {
      const wasAtBottom = first || this.view.isAtBottom(metrics.px(40));
      const added = this.entryCount < 0 ? 0 : entries.length - this.entryCount;
      this.layoutKey = key;
      this.entryCount = entries.length;
      this.flaggedKey = flagged;
      this.statusKey = statusKey;
      this.relayout(entries, snap);
      if (wasAtBottom) { this.unseen = 0; this.view.scrollToBottom(!first); }
      else if (added > 0) this.unseen += added;
      this.renderVisible();
    }
    this.updateTitle(snap);
    this.renderBottom(snap);
    this.renderPill();
  }

  private statusKey = '';

  private relayout(entries: ChatEntry[], snap: SessionSnapshot) {
    const { app, metrics } = contextOf(this);
    const lang = app.settings.lang;
    const conv = snap.conversations.find((c) => c.id === this.conversationId)!;
    const nameOf = (id: string) => snap.contacts.find((c) => c.id === id)?.name[lang] ?? id;
    const now = new Date(displayTime(app, snap.gameTime));
    const { items, height } = layoutChat(entries, {
      lang, width: metrics.width, px: (n) => metrics.px(n), font: (n) => metrics.font(n), measure: (size, bold) => measurer(size, bold),
      isGroup: conv.kind === 'group', nameOf,
      timeLabel: (at) => timeLabel(new Date(displayTime(app, at)), now, lang),
      recallText: (e) => (e.from === 'player' ? t('recalledByMe', lang) : t('recalledBy', lang, { name: nameOf(e.kind === 'recall' ? e.from : e.from) })),
    });
    // A view whose item is drawn just as before stays: Phaser hit-tests a new interactive object only
    // from its next frame, so a bubble rebuilt as a message arrives would swallow a tap or a long press.
    const next = new Map(items.map((item) => [item.key, item]));
    for (const [key, view] of this.visible) {
      const item = next.get(key);
      if (item && this.drawnAs(item, snap) === this.drawn.get(key)) continue;
      view.destroy();
      this.visible.delete(key);
      this.drawn.delete(key);
    }
    this.items = items;
    this.view.setContentHeight(height + metrics.px(8));
  }

  /** Creates display objects for items in (or near) the viewport and destroys the rest. */
  private renderVisible() {
    const { app, metrics } = contextOf(this);
    const snap = app.snapshot;
    if (!snap) return;
    const top = this.view.scrollY - this.view.viewHeight * OVERSCAN;
    const bottom = this.view.scrollY + this.view.viewHeight * (1 + OVERSCAN);
    const wanted = new Set<string>();
    for (const item of this.items) {
      if (item.y + item.height < top || item.y > bottom) continue;
      wanted.add(item.key);
      if (this.visible.has(item.key)) continue;
      const view = buildMessageView(this, item, this.view.originX, {
        metrics, lang: app.settings.lang, contacts: snap.contacts, flagged: isFlagged(item, snap), seed: snap.scenarioId,
      }, {
        onFlag: (it) => this.openFlag(it),
        onTap: (it) => this.tapItem(it),
        onAvatar: (contact) => this.scene.start('Profile', { contact, conversation: this.conversationId }),
      });
      this.view.content.add(view);
      this.visible.set(item.key, view);
      this.drawn.set(item.key, this.drawnAs(item, snap));
    }
    for (const [key, view] of this.visible) {
      if (!wanted.has(key)) { view.destroy(); this.visible.delete(key); this.drawn.delete(key); }
    }
    if (this.view.isAtBottom(metrics.px(40)) && this.unseen) { this.unseen = 0; this.renderPill(); }
    this.placePill();
  }

  /** Everything a message view shows, so an unchanged one can be kept. */
  private drawnAs(item: ChatItem, snap: SessionSnapshot): string {
    return `${contextOf(this).app.settings.lang}|${isFlagged(item, snap)}|${JSON.stringify(item)}`;
  }

  private updateTitle(snap: SessionSnapshot) {
    const { app } = contextOf(this);
    const lang = app.settings.lang;
    const conv = snap.conversations.find((c) => c.id === this.conversationId)!;
    const typingHere = snap.typing?.conversation === this.conversationId;
    if (typingHere && conv.kind === 'private') this.nav.setTitle(t('typing', lang));
    else if (typingHere) this.nav.setTitle(`${conv.title[lang]} · ${snap.contacts.find((c) => c.id === snap.typing!.contact)?.name[lang] ?? ''} ${t('typing', lang)}`);
    else this.nav.setTitle(conv.title[lang]);
  }

  /** The input bar and the replies on offer; the list makes room when they grow or shrink. */
  private renderBottom(snap: SessionSnapshot) {
    const { app, metrics } = contextOf(this);
    const lang = app.settings.lang;
    const choices = snap.choices.filter((c) => c.conversation === this.conversationId);
    const elsewhere = choices.length ? undefined : snap.conversations.find((c) => c.id === snap.choices[0]?.conversation);
    const resized = this.inputBar.update({
      lang, ended: snap.status === 'ended', choices, elsewhere: elsewhere?.title[lang] ?? null, pending: snap.typing !== null,
    });
    if (!resized) return;
    const wasAtBottom = this.view.isAtBottom(metrics.px(40));
    this.view.camera.setSize(metrics.width, this.inputBar.top - this.nav.height);
    this.view.setContentHeight((this.items.at(-1)?.y ?? 0) + (this.items.at(-1)?.height ?? 0) + metrics.px(22));
    if (wasAtBottom) this.view.scrollToBottom(false);
    this.renderVisible();
  }

  /** "↓ N new messages": lives in the list itself, pinned to the bottom of the viewport. */
  private renderPill() {
    const { app, metrics } = contextOf(this);
    if (this.unseen <= 0) { this.pill?.destroy(); this.pill = null; return; }
    const label = `↓ ${t('newMessages', app.settings.lang, { n: this.unseen })}`;
    // Kept and relabelled as messages arrive, so a tap on it is never lost to a rebuild.
    if (this.pill) {
      if (label !== this.pillLabel) relabelButton(this.pill, label);
      this.pillLabel = label;
      this.placePill();
      return;
    }
    this.pillLabel = label;
    // Wide enough for any count, as it is relabelled in place while messages arrive.
    const widest = `↓ ${t('newMessages', app.settings.lang, { n: 999 })}`;
    const width = Math.max(metrics.px(150), Math.ceil(measurer(metrics.font(14))(widest)) + metrics.px(28));
    this.pill = addButton(this, this.view.originX + metrics.width - width - metrics.px(12), 0, label, { width, height: metrics.px(40), fill: 0xffffff, textColor: COLORS.brandCss, fontSize: 14, radius: metrics.px(20) }, () => {
      this.unseen = 0;
      this.view.scrollToBottom(true);
      this.renderPill();
    }).setDepth(20);
    this.view.content.add(this.pill);
    this.placePill();
  }

  private placePill() {
    if (!this.pill) return;
    const { metrics } = contextOf(this);
    this.pill.setY(this.view.scrollY + this.view.camera.height - metrics.px(52));
  }

  private choose(choice: string) {
    const { app } = contextOf(this);
    const result = app.act({ type: 'choose', choice });
    if (!result.ok) toast(this, result.reason, 'bad');
  }

  private tapItem(item: ChatItem) {
    const { app } = contextOf(this);
    const entry = item.entry;
    if (!entry?.message || entry.from === 'player') return;
    const lang = app.settings.lang;
    if (entry.kind === 'link') {
      const result = app.act({ type: 'click-link', message: entry.message });
      if (result.ok) toast(this, `${entry.title?.[lang] ?? ''}\n${entry.site ?? ''}`, 'info');
    } else if ((entry.kind === 'transfer' || entry.kind === 'red-packet') && entry.status === 'pending') {
      const result = app.act({ type: 'receive', message: entry.message });
      if (result.ok) toast(this, `${t('transferReceived', lang)} ¥${money(entry.amount ?? 0)}`, 'good');
    }
  }

  private openFlag(item: ChatItem) {
    if (!item.entry?.message) return;
    this.scene.launch('Flag', { message: item.entry.message });
  }

  private openPlus() {
    const { app } = contextOf(this);
    const snap = app.snapshot!;
    const lang = app.settings.lang;
    const conv = snap.conversations.find((c) => c.id === this.conversationId)!;
    const targets = snap.transferTo.filter((o) => conv.members.includes(o.contact));
    const recipient = targets[0]?.contact ?? (conv.kind === 'private' ? conv.members[0]! : undefined);
    openSheet(this, {
      title: t('plusPanel', lang),
      items: (['transfer', 'red-packet'] as const).map((method) => ({
        label: `${method === 'transfer' ? '💸' : '🧧'} ${t(`plus_${method}`, lang)}`,
        onTap: () => {
          if (!recipient) { toast(this, t('noOneAsking', lang)); return; }
          this.scene.launch('Transfer', { contact: recipient, method });
        },
      })),
    });
  }

  /** "⋯": a private chat opens the contact's profile; a group lists its members. */
  private openMembers() {
    const { app } = contextOf(this);
    const snap = app.snapshot!;
    const lang = app.settings.lang;
    const conv = snap.conversations.find((c) => c.id === this.conversationId)!;
    const open = (contact: string) => this.scene.start('Profile', { contact, conversation: this.conversationId });
    if (conv.kind === 'private') { open(conv.members[0]!); return; }
    openSheet(this, { title: conv.title[lang], items: conv.members.map((m) => ({ label: snap.contacts.find((c) => c.id === m)?.name[lang] ?? m, onTap: () => open(m) })) });
  }

  private openSafety() {
    const { app } = contextOf(this);
    const snap = app.snapshot!;
    const lang = app.settings.lang;
    const conv = snap.conversations.find((c) => c.id === this.conversationId)!;
    const others = conv.members;
    const actions = (['call-96110', 'ask-family', 'check-official'] as const).map((type) => ({
      label: t(`action_${type}`, lang),
      onTap: () => { if (app.act({ type }).ok) toast(this, t(`actionDone_${type}`, lang), 'good'); },
    }));
    const people = others.flatMap((contact) => {
      const name = snap.contacts.find((c) => c.id === contact)?.name[lang] ?? contact;
      const suffix = others.length > 1 ? ` · ${name}` : '';
      return (['block', 'report'] as const).map((type) => ({
        label: `${t(`action_${type}`, lang)}${suffix}`,
        danger: true,
        onTap: () => {
          const result = app.act({ type, contact });
          toast(this, result.ok ? t(`actionDone_${type}`, lang) : result.reason, result.ok ? 'good' : 'bad');
        },
      }));
    });
    openSheet(this, { title: t('safety', lang), items: [...actions, ...people] });
  }
}

const isFlagged = (item: ChatItem, snap: SessionSnapshot): boolean => snap.flagged.some((f) => f.message === item.entry?.message);
