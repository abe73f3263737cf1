import { describe, expect, it } from 'vitest';
import { layoutChat, maxBubbleWidth, type ChatLayoutEnv } from '../../src/game/layout/chat-layout.ts';
import type { ChatEntry } from '../../src/engine/index.ts';

// A fake measure: CJK and full-width punctuation are as wide as the font size, the rest half.
const measure = (size: number) => (s: string) => [...s].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? size : size / 2), 0);
const env = (over: Partial<ChatLayoutEnv> = {}): ChatLayoutEnv => ({
  lang: 'zh', width: 375, px: (n) => n, font: (n) => n, measure, isGroup: false,
  nameOf: (id) => `name-${id}`, timeLabel: (at) => `T${at}`, recallText: () => '撤回了一条消息', ...over,
});
const text = (key: string, from: string, zh: string, at = 0): ChatEntry => ({ key, conversation: 'c', from, at, kind: 'text', message: key, text: { zh, en: zh } });

describe('laying out a chat', () => {
  it('puts a time label first and again only after five minutes', () => {
    const entries = [text('a', 'x', '你好', 0), text('b', 'x', '在吗', 60_000), text('c', 'x', '人呢', 6 * 60_000)];
    const { items } = layoutChat(entries, env());
    expect(items.map((i) => i.kind)).toEqual(['time', 'text', 'text', 'time', 'text']);
    expect(items[0]!.lines).toEqual(['T0']);
  });

  it('stacks items top to bottom without overlap, and the total height covers them all', () => {
    const entries = Array.from({ length: 30 }, (_, i) => text(`m${i}`, i % 3 ? 'x' : 'player', '这是一条比较长的消息，用来测试换行和高度。'.repeat(1 + (i % 3)), i * 1000));
    const { items, height } = layoutChat(entries, env());
    for (let i = 1; i < items.length; i++) expect(items[i]!.y).toBeGreaterThanOrEqual(items[i - 1]!.y + items[i - 1]!.height);
    expect(height).toBeGreaterThanOrEqual(items.at(-1)!.y + items.at(-1)!.height);
  });

  it('keeps bubbles inside the width, others on the left and the player on the right', () => {
    const entries = [text('a', 'x', '短'), text('b', 'player', '这是我发的一条很长很长很长很长很长很长很长很长很长的消息')];
    const { items } = layoutChat(entries, env());
    const [left, right] = items.filter((i) => i.kind === 'text');
    expect(left!.side).toBe('left');
    expect(right!.side).toBe('right');
    expect(left!.box.x).toBe(12 + 40 + 8);
    expect(right!.box.x + right!.box.width).toBe(375 - (12 + 40 + 8));
    expect(right!.box.width).toBeLessThanOrEqual(maxBubbleWidth(env()));
    expect(right!.lines!.length).toBeGreaterThan(1);
  });

  it('wraps Chinese by character and never starts a line with closing punctuation', () => {
    const { items } = layoutChat([text('a', 'x', '先充两千元试试，名额有限！过了今天就没有了。')], env({ width: 260 }));
    const lines = items.find((i) => i.kind === 'text')!.lines!;
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line).not.toMatch(/^[，。！？]/);
    expect(lines.join('')).toBe('先充两千元试试，名额有限！过了今天就没有了。');
  });

  it('shows sender names in groups only, above incoming bubbles', () => {
    const entries = [text('a', 'x', '大家好')];
    expect(layoutChat(entries, env({ isGroup: true })).items[1]!.name).toBe('name-x');
    expect(layoutChat(entries, env({ isGroup: false })).items[1]!.name).toBeUndefined();
    const group = layoutChat(entries, env({ isGroup: true })).items[1]!;
    expect(group.box.y).toBeGreaterThan(0);
  });

  it('sizes voice bubbles by duration and gives every kind a box', () => {
    const voice = (key: string, seconds: number): ChatEntry => ({ key, conversation: 'c', from: 'x', at: 0, kind: 'voice', seconds, message: key, text: { zh: '语音转文字', en: 'transcript' } });
    const { items } = layoutChat([voice('v1', 2), voice('v2', 50)], env());
    const [short, long] = items.filter((i) => i.kind === 'voice');
    expect(long!.height).toBeGreaterThanOrEqual(short!.height);
    const kinds: ChatEntry[] = [
      { key: 'i', conversation: 'c', from: 'x', at: 0, kind: 'image', art: 'qr', message: 'i', text: { zh: '二维码', en: 'QR' } },
      { key: 'l', conversation: 'c', from: 'x', at: 0, kind: 'link', message: 'l', title: { zh: '标题', en: 'Title' }, text: { zh: '描述', en: 'Desc' }, site: 'a.example' },
      { key: 't', conversation: 'c', from: 'x', at: 0, kind: 'transfer', message: 't', amount: 100, status: 'pending' },
      { key: 's', conversation: 'c', from: 'system', at: 0, kind: 'system', message: 's', tone: 'warning', text: { zh: '风险提示', en: 'Warning' } },
      { ...text('r', 'x', '被撤回'), recalled: true },
    ];
    const laid = layoutChat(kinds, env()).items.filter((i) => i.kind !== 'time');
    expect(laid.map((i) => i.kind)).toEqual(['image', 'link', 'money', 'tip', 'tip']);
    for (const item of laid) { expect(item.box.width).toBeGreaterThan(0); expect(item.box.x + item.box.width).toBeLessThanOrEqual(375); }
    expect(laid[3]!.lines![0]).toMatch(/^⚠/);
    expect(laid[4]!.lines).toEqual(['撤回了一条消息']);
  });

  it('grows with the text size setting', () => {
    const entries = [text('a', 'x', '字体大一点的时候，气泡也要跟着变高，不能把字挤出去。')];
    const small = layoutChat(entries, env()).height;
    const large = layoutChat(entries, env({ font: (n) => n * 1.35 })).height;
    expect(large).toBeGreaterThan(small);
  });
});
