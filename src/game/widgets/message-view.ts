// Draws one laid-out chat item: a time label, a system tip, or a message (text bubble, image,
// voice with transcript, link card, transfer or red packet card) with its avatar and flag button.
import Phaser from 'phaser';
import type { ContactView, Lang } from '../../engine/index.ts';
import { CHAT, type ChatItem } from '../layout/chat-layout.ts';
import { money, settledTransferStatus, t } from '../i18n.ts';
import { COLORS } from '../theme.ts';
import { artTexture, avatarTexture } from '../textures.ts';
import { addText, wrapLines } from './text.ts';
import type { Metrics } from '../metrics.ts';
import { registerTarget } from './targets.ts';

export interface MessageViewHandlers {
  onFlag(item: ChatItem): void;
  onTap(item: ChatItem): void;
  onAvatar(contact: string): void;
}

export interface MessageViewEnv {
  metrics: Metrics;
  lang: Lang;
  contacts: readonly ContactView[];
  flagged: boolean;
  seed: string;
}

const lh = (size: number) => Math.round(size * CHAT.lineHeight);

export function buildMessageView(scene: Phaser.Scene, item: ChatItem, x: number, env: MessageViewEnv, handlers: MessageViewHandlers): Phaser.GameObjects.Container {
  const { metrics: m, lang } = env;
  const container = scene.add.container(x, item.y);
  // The layout gives each line lh(size); the font's own line box (ascent + descent) differs by
  // font and language, so lines are spaced and centred from the font's measured metrics.
  const text = (tx: number, ty: number, lines: string[], size: number, color: string = COLORS.text, bold = false) => {
    const object = addText(scene, tx, ty, lines.join('\n'), { size, color, bold, padding: 0, lineHeight: lh(size) });
    return object.setY(ty + (lh(size) - object.getTextMetrics().fontSize) / 2);
  };
  /** One line that ends in … when it does not fit. */
  const oneLine = (s: string, size: number, maxWidth: number, bold = false) => wrapLines(s, { size, bold, maxWidth, maxLines: 1 });

  if (item.kind === 'time') {
    container.add(text(0, 0, item.lines ?? [], m.font(CHAT.time), COLORS.textHint).setOrigin(0.5, 0).setX(item.box.width / 2));
    return container;
  }

  const { box } = item;
  const entry = item.entry!;
  if (item.kind === 'tip') {
    const warning = entry.tone === 'warning';
    const bg = scene.add.graphics();
    bg.fillStyle(warning ? COLORS.warningBg : 0x000000, warning ? 1 : 0.06);
    bg.fillRoundedRect(box.x, box.y, box.width, box.height, m.px(4));
    const size = m.font(CHAT.tip);
    container.add([bg, text(box.x + m.px(8), box.y + m.px(4), item.lines ?? [], size, warning ? '#C8620C' : 'rgba(0,0,0,0.45)')]);
    return container;
  }

  const left = item.side === 'left';
  const contact = env.contacts.find((c) => c.id === entry.from);
  const avatarSize = m.px(CHAT.avatar);
  const avatarX = left ? m.px(CHAT.sidePadding) : item.box.x + box.width + m.px(CHAT.avatarGap);
  const avatarKey = contact ? avatarTexture(scene, contact.id, contact.avatar.glyph, contact.avatar.color, avatarSize, m.px(6))
    : avatarTexture(scene, `player-${env.lang}`, t('me', env.lang), '#6B8FD6', avatarSize, m.px(6));
  const avatar = scene.add.image(avatarX, 0, avatarKey).setOrigin(0);
  container.add(avatar);
  if (contact) {
    avatar.setInteractive();
    avatar.on('pointerup', (p: Phaser.Input.Pointer) => { if (p.getDistance() < m.px(10)) handlers.onAvatar(contact.id); });
  }
  if (item.name) container.add(text(box.x + m.px(4), 0, [item.name], m.font(CHAT.name), COLORS.textSecondary));

  const bg = scene.add.graphics();
  container.add(bg);
  const bubble = (fill: number) => {
    bg.fillStyle(fill, 1);
    bg.fillRoundedRect(box.x, box.y, box.width, box.height, m.px(5));
    const tailY = box.y + m.px(14);
    const tx = left ? box.x : box.x + box.width;
    const dir = left ? -1 : 1;
    bg.fillTriangle(tx, tailY - m.px(5), tx, tailY + m.px(5), tx + dir * m.px(6), tailY);
  };
  const padX = m.px(CHAT.bubblePadX);
  const padY = m.px(CHAT.bubblePadY);

  switch (item.kind) {
    case 'text': {
      bubble(left ? COLORS.card : COLORS.sent);
      container.add(text(box.x + padX, box.y + padY, item.lines ?? [], m.font(CHAT.text)));
      break;
    }
    case 'image': {
      const w = box.width;
      const h = Math.round(w * 0.75);
      const key = artTexture(scene, entry.art ?? 'screenshot', `${env.seed}:${entry.message ?? entry.key}`, w, h);
      const image = scene.add.image(box.x, box.y, key).setOrigin(0);
      bg.fillStyle(0x000000, 0.08);
      bg.fillRect(box.x - 1, box.y - 1, w + 2, h + 2);
      container.add([image, text(box.x, box.y + h + m.px(4), item.extra ?? [], m.font(CHAT.caption), COLORS.textSecondary)]);
      break;
    }
    case 'voice': {
      const size = m.font(CHAT.text);
      const bubbleHeight = lh(size) + padY * 2;
      const width = Math.min(box.width, m.px(CHAT.voiceMin + ((CHAT.voiceMax - CHAT.voiceMin) * Math.min(60, entry.seconds ?? 1)) / 60));
      const bx = left ? box.x : box.x + box.width - width;
      bg.fillStyle(left ? COLORS.card : COLORS.sent, 1);
      bg.fillRoundedRect(bx, box.y, width, bubbleHeight, m.px(5));
      const label = left ? `)))  ${entry.seconds}''` : `${entry.seconds}''  (((`;
      container.add(text(left ? bx + padX : bx + width - padX, box.y + padY, [label], size).setOrigin(left ? 0 : 1, 0));
      const ty = box.y + bubbleHeight + m.px(6);
      const tsize = m.font(CHAT.transcript);
      const th = (item.extra?.length ?? 0) * lh(tsize) + padY * 2;
      bg.fillStyle(left ? COLORS.card : COLORS.sent, 0.7);
      bg.fillRoundedRect(box.x, ty, box.width, th, m.px(5));
      container.add(text(box.x + padX, ty + padY, item.extra ?? [], tsize, '#4c4c4c'));
      break;
    }
    case 'link': {
      bubble(COLORS.card);
      const titleSize = m.font(CHAT.linkTitle);
      const textSize = m.font(CHAT.linkText);
      const title = text(box.x + padX, box.y + padY, item.lines ?? [], titleSize, COLORS.text, false);
      const descY = title.y + (item.lines?.length ?? 1) * lh(titleSize) + m.px(4);
      const thumb = m.px(44);
      const key = artTexture(scene, 'screenshot', `${env.seed}:${entry.message}`, thumb, thumb);
      const icon = scene.add.image(box.x + box.width - padX - thumb, descY, key).setOrigin(0);
      const desc = text(box.x + padX, descY, item.extra ?? [], textSize, COLORS.textSecondary);
      const footY = box.y + box.height - lh(m.font(CHAT.site)) - m.px(6);
      bg.fillStyle(COLORS.divider, 1);
      bg.fillRect(box.x + padX, footY - m.px(4), box.width - padX * 2, 1);
      container.add([title, desc, icon, text(box.x + padX, footY, [`🔗 ${entry.site ?? ''}`], m.font(CHAT.site), COLORS.textHint)]);
      break;
    }
    case 'money': {
      const redPacket = entry.kind === 'red-packet';
      const done = entry.status !== 'pending';
      const fill = redPacket ? (done ? 0xf6c59a : 0xfa9d3b) : done ? 0xfde1c3 : COLORS.orange;
      const strip = m.px(26);
      bg.fillStyle(fill, 1);
      bg.fillRoundedRect(box.x, box.y, box.width, box.height, m.px(5));
      bg.fillStyle(0xffffff, 1);
      bg.fillRect(box.x, box.y + box.height - strip, box.width, strip - m.px(3));
      bg.fillRoundedRect(box.x, box.y + box.height - strip, box.width, strip, { tl: 0, tr: 0, bl: m.px(5), br: m.px(5) });
      const circle = m.px(36);
      bg.lineStyle(m.px(2), 0xffffff, 1);
      bg.strokeCircle(box.x + padX + circle / 2, box.y + m.px(12) + circle / 2, circle / 2);
      container.add(text(box.x + padX + circle / 2, box.y + m.px(12) + circle / 2, [redPacket ? '福' : '¥'], m.font(17), '#ffffff', true).setOrigin(0.5));
      const fromPlayer = entry.from === 'player';
      const status = done ? (redPacket ? t('redPacketOpened', lang) : settledTransferStatus(entry, lang))
        : redPacket ? entry.text?.[lang] ?? t('redPacketGreeting', lang) : fromPlayer ? t('transferPending', lang) : t('transferToYou', lang);
      const main = redPacket ? (entry.text?.[lang] ?? t('redPacketGreeting', lang)) : `¥${money(entry.amount ?? 0)}`;
      const tx = box.x + padX * 2 + circle;
      const textWidth = box.x + box.width - padX - tx;
      container.add(text(tx, box.y + m.px(10), oneLine(main, m.font(redPacket ? 15 : 17), textWidth, !redPacket), m.font(redPacket ? 15 : 17), '#ffffff', !redPacket));
      const subtitle = redPacket ? status : `${status}${entry.text ? ` · ${entry.text[lang]}` : ''}`;
      container.add(text(tx, box.y + m.px(34), oneLine(subtitle, m.font(12), textWidth), m.font(12), '#ffffff'));
      container.add(text(box.x + padX, box.y + box.height - strip + m.px(4), [redPacket ? t('redPacketTitle', lang) : t('transferTitle', lang)], m.font(11), COLORS.textHint));
      break;
    }
  }

  // Tapping or long-pressing the bubble.
  const hit = scene.add.zone(box.x, box.y, box.width, box.height).setOrigin(0).setInteractive();
  container.add(hit);
  let pressTimer: Phaser.Time.TimerEvent | null = null;
  let longPressed = false;
  hit.on('pointerdown', () => {
    longPressed = false;
    if (left) pressTimer = scene.time.delayedCall(550, () => { longPressed = true; handlers.onFlag(item); });
  });
  const cancel = () => { pressTimer?.remove(); pressTimer = null; };
  hit.on('pointerout', cancel);
  hit.on('pointerup', (p: Phaser.Input.Pointer) => {
    cancel();
    if (!longPressed && p.getDistance() < m.px(10)) handlers.onTap(item);
  });
  registerTarget(`message:${entry.message ?? entry.key}`, hit);

  // The visible flag button beside messages from others: a small circle, a 44 px target.
  if (left) {
    const size = m.px(28);
    const target = m.px(44);
    const fx = box.x + box.width + m.px(6) - (target - size) / 2;
    const flagButton = scene.add.container(fx, box.y - (target - size) / 2);
    const circle = scene.add.graphics();
    circle.fillStyle(env.flagged ? COLORS.red : 0x000000, env.flagged ? 1 : 0.06);
    circle.fillCircle(target / 2, target / 2, size / 2);
    const glyph = addText(scene, target / 2, target / 2, '⚑', { size: m.font(14), color: env.flagged ? '#ffffff' : 'rgba(0,0,0,0.35)' }).setOrigin(0.5);
    flagButton.add([circle, glyph]);
    flagButton.setSize(target, target);
    flagButton.setInteractive(new Phaser.Geom.Rectangle(target / 2, target / 2, target, target), Phaser.Geom.Rectangle.Contains);
    flagButton.on('pointerup', (p: Phaser.Input.Pointer) => { if (p.getDistance() < m.px(10)) handlers.onFlag(item); });
    registerTarget(`flag:${entry.message ?? entry.key}`, flagButton);
    container.add(flagButton);
  }
  return container;
}
