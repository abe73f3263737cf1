// Where every line of a chat goes: a pure function of the entries, the width and a text measure,
// so long chats can be virtualised (only visible items get display objects) and tested in Node.
import type { ChatEntry, Lang } from '../../engine/index.ts';
import { clampLines, wrapText, type Measure } from './wrap.ts';
import { withTimeLabels } from './time-labels.ts';

export interface ChatLayoutEnv {
  lang: Lang;
  /** Canvas px of the chat area. */
  width: number;
  /** CSS px → canvas px. */
  px(css: number): number;
  /** CSS font size → canvas px, with the text-size setting applied. */
  font(css: number): number;
  measure(size: number, bold?: boolean): Measure;
  isGroup: boolean;
  nameOf(contact: string): string;
  timeLabel(at: number): string;
  recallText(entry: ChatEntry): string;
}

export type ItemKind = 'time' | 'tip' | 'text' | 'image' | 'voice' | 'link' | 'money';

export interface ChatItem {
  key: string;
  kind: ItemKind;
  /** Top of the item in the list, canvas px. */
  y: number;
  height: number;
  entry?: ChatEntry;
  side?: 'left' | 'right';
  /** Sender name above the bubble (group chats). */
  name?: string;
  /** Wrapped lines of the main text. */
  lines?: string[];
  /** Secondary lines: an image caption, a voice transcript, a link description. */
  extra?: string[];
  /** The bubble or card, relative to the item's top-left. */
  box: { x: number; y: number; width: number; height: number };
}

export const CHAT = {
  sidePadding: 12, avatar: 40, avatarGap: 8, flagRoom: 32, gap: 14, bubblePadX: 12, bubblePadY: 9,
  text: 17, name: 12, time: 13, tip: 13, caption: 12, transcript: 14, linkTitle: 16, linkText: 13, site: 11,
  image: 170, cardWidth: 230, cardHeight: 92, voiceMin: 70, voiceMax: 200, lineHeight: 1.4,
} as const;

export function layoutChat(entries: readonly ChatEntry[], env: ChatLayoutEnv): { items: ChatItem[]; height: number } {
  const items: ChatItem[] = [];
  let y = env.px(CHAT.gap);
  for (const part of withTimeLabels(entries, (e) => e.at)) {
    const item = 'label' in part ? timeItem(part.label, env) : entryItem(part.item, env);
    item.y = y;
    items.push(item);
    y += item.height + env.px(CHAT.gap);
  }
  return { items, height: y };
}

function lineHeight(size: number) {
  return Math.round(size * CHAT.lineHeight);
}

function timeItem(at: number, env: ChatLayoutEnv): ChatItem {
  const size = env.font(CHAT.time);
  return { key: `time@${at}`, kind: 'time', y: 0, height: lineHeight(size), lines: [env.timeLabel(at)], box: { x: 0, y: 0, width: env.width, height: lineHeight(size) } };
}

export function maxBubbleWidth(env: Pick<ChatLayoutEnv, 'width' | 'px'>): number {
  return env.width - 2 * env.px(CHAT.sidePadding + CHAT.avatar + CHAT.avatarGap) - env.px(CHAT.flagRoom);
}

function entryItem(entry: ChatEntry, env: ChatLayoutEnv): ChatItem {
  const { lang } = env;
  if (entry.kind === 'system' || entry.kind === 'recall') {
    const size = env.font(CHAT.tip);
    const text = entry.kind === 'recall' ? env.recallText(entry) : entry.text?.[lang] ?? '';
    const pad = env.px(8);
    const lines = wrapText((entry.tone === 'warning' ? '⚠ ' : '') + text, env.width * 0.78 - pad * 2, env.measure(size));
    const width = Math.max(...lines.map(env.measure(size))) + pad * 2;
    const height = lines.length * lineHeight(size) + pad * 1.2;
    return { key: entry.key, kind: 'tip', y: 0, height, entry, lines, box: { x: (env.width - width) / 2, y: 0, width, height } };
  }
  const side = entry.from === 'player' ? 'right' : 'left';
  const name = side === 'left' && env.isGroup ? env.nameOf(entry.from) : undefined;
  const nameHeight = name ? lineHeight(env.font(CHAT.name)) : 0;
  const maxWidth = maxBubbleWidth(env);
  const edge = env.px(CHAT.sidePadding + CHAT.avatar + CHAT.avatarGap);
  const place = (width: number, height: number, kind: ItemKind, lines?: string[], extra?: string[]): ChatItem => {
    const x = side === 'left' ? edge : env.width - edge - width;
    const total = Math.max(nameHeight + height, env.px(CHAT.avatar));
    return { key: entry.key, kind, y: 0, height: total, entry, side, name, lines, extra, box: { x, y: nameHeight, width, height } };
  };

  if (entry.recalled) {
    const size = env.font(CHAT.tip);
    const lines = [env.recallText(entry)];
    const width = env.measure(size)(lines[0]!) + env.px(16);
    return { key: entry.key, kind: 'tip', y: 0, height: lineHeight(size) + env.px(10), entry, lines, box: { x: (env.width - width) / 2, y: 0, width, height: lineHeight(size) + env.px(10) } };
  }

  switch (entry.kind) {
    case 'image': {
      const width = Math.min(env.px(CHAT.image), maxWidth);
      const imageHeight = Math.round(width * 0.75);
      const size = env.font(CHAT.caption);
      const extra = wrapText(entry.text?.[lang] ?? '', width, env.measure(size));
      return place(width, imageHeight + env.px(4) + extra.length * lineHeight(size), 'image', undefined, extra);
    }
    case 'voice': {
      const seconds = Math.min(60, entry.seconds ?? 1);
      const width = Math.min(maxWidth, env.px(CHAT.voiceMin + ((CHAT.voiceMax - CHAT.voiceMin) * seconds) / 60));
      const bubble = lineHeight(env.font(CHAT.text)) + env.px(CHAT.bubblePadY * 2);
      const size = env.font(CHAT.transcript);
      const extra = wrapText(entry.text?.[lang] ?? '', maxWidth - env.px(CHAT.bubblePadX * 2), env.measure(size));
      const transcript = extra.length * lineHeight(size) + env.px(CHAT.bubblePadY * 2);
      const item = place(width, bubble + env.px(6) + transcript, 'voice', undefined, extra);
      item.box.width = Math.max(width, Math.max(...extra.map(env.measure(size))) + env.px(CHAT.bubblePadX * 2));
      if (side === 'right') item.box.x = env.width - edge - item.box.width;
      return item;
    }
    case 'link': {
      const width = Math.min(maxWidth + env.px(20), env.px(250));
      const inner = width - env.px(CHAT.bubblePadX * 2);
      const titleSize = env.font(CHAT.linkTitle);
      const textSize = env.font(CHAT.linkText);
      const thumb = env.px(44);
      const joiner = lang === 'en' ? ' ' : '';
      const lines = clampLines(wrapText(entry.title?.[lang] ?? '', inner, env.measure(titleSize, true)), 2, inner, env.measure(titleSize, true), joiner);
      const descWidth = inner - thumb - env.px(8);
      const extra = clampLines(wrapText(entry.text?.[lang] ?? '', descWidth, env.measure(textSize)), 3, descWidth, env.measure(textSize), joiner);
      const height = env.px(CHAT.bubblePadY) + lines.length * lineHeight(titleSize) + env.px(4)
        + Math.max(thumb, extra.length * lineHeight(textSize)) + env.px(8) + lineHeight(env.font(CHAT.site)) + env.px(6);
      return place(width, height, 'link', lines, extra);
    }
    case 'transfer':
    case 'red-packet':
      return place(env.px(CHAT.cardWidth), env.px(CHAT.cardHeight), 'money');
    default: {
      const size = env.font(CHAT.text);
      const lines = wrapText(entry.text?.[lang] ?? '', maxWidth - env.px(CHAT.bubblePadX * 2), env.measure(size));
      const width = Math.max(env.px(40), Math.max(...lines.map(env.measure(size))) + env.px(CHAT.bubblePadX * 2));
      const height = lines.length * lineHeight(size) + env.px(CHAT.bubblePadY * 2);
      return place(Math.ceil(width), height, 'text', lines);
    }
  }
}
