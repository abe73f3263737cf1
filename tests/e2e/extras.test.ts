// What the player keeps and hears: the share card a finished play downloads (a real PNG with the
// result drawn on it and nothing personal), and the sound, which stays locked until the first
// gesture, then plays, and falls silent when muted in the settings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { act, launch, openGame, PHONE, tap, targets, waitForScene } from './browser.ts';

type Rfc = { __rfc: any; Howler: any; Howl: any; __plays: string[]; __cardTexts: { text: string; font: string; glyphs: boolean }[] };

const settings = (over: Record<string, unknown> = {}) => ({ 'rfc.settings': JSON.stringify({ lang: 'zh', textSize: 'standard', reducedMotion: true, sound: false, volume: 0.6, pacing: 'instant', ...over }) });

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** The PNG's chunk types, in order (metadata such as tEXt or eXIf could carry personal data). */
function pngChunks(bytes: Buffer): string[] {
  const types: string[] = [];
  for (let at = 8; at + 8 <= bytes.length;) {
    const length = bytes.readUInt32BE(at);
    types.push(bytes.toString('latin1', at + 4, at + 8));
    at += 12 + length;
  }
  return types;
}

describe('share card', () => {
  it('a finished play downloads a PNG of its result, drawn with loaded glyphs, with no personal data', async () => {
    const { page, context, errors } = await openGame(browser, PHONE, { storage: settings() });
    // Played to the end: a flag spotted, then the scammer blocked.
    await page.evaluate(async () => { await (window as unknown as Rfc).__rfc.startCase('warm-uncle', 'practice', 'card'); });
    await act(page, { type: 'choose', choice: 'c-home-yes' });
    const flagged = await page.evaluate(() => {
      const { app } = (window as unknown as Rfc).__rfc;
      const entry = app.snapshot.entries.find((e: { message?: string }) => e.message && app.current.messages.get(e.message)?.def.flags?.length);
      return entry ? { message: entry.message as string, flag: app.current.messages.get(entry.message).def.flags[0] as string } : null;
    });
    if (flagged) await act(page, { type: 'flag', ...flagged });
    await act(page, { type: 'block', contact: 'uncle' });
    await page.waitForFunction(() => (window as unknown as Rfc).__rfc.app.snapshot?.status === 'ended', undefined, { timeout: 10_000 });
    await page.evaluate(async () => { await (window as unknown as Rfc).__rfc.goTo('Debrief'); });
    await waitForScene(page, ['Debrief']);

    // Every text drawn on the card is recorded with whether its glyphs were loaded at that moment
    // (a missing font piece would draw empty boxes: this machine has no Chinese system font).
    await page.evaluate(() => {
      const w = window as unknown as Rfc;
      w.__cardTexts = [];
      const fillText = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth?: number) {
        if (this.canvas.width === 720) w.__cardTexts.push({ text, font: this.font, glyphs: document.fonts.check(this.font, text) });
        return maxWidth === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, maxWidth);
      };
    });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), tap(page, '保存成绩卡', { timeout: 30_000, scroll: 2000 })]);
    // The player is told it was saved.
    await page.waitForFunction(() => (window as any).__rfc.game.scene.getScene('Toast').children.list
      .some((o: any) => o.type === 'Container' && o.list.some((c: any) => c.type === 'Text' && String(c.text).includes('成绩卡已保存'))), undefined, { timeout: 3000 });
    const path = await download.path();
    const bytes = readFileSync(path);
    const debrief = await page.evaluate(() => { const d = (window as unknown as Rfc).__rfc.app.session.debrief(); return { score: d.score.total, title: d.title.zh, outcome: d.outcome?.title.zh }; });

    // A real PNG of sensible size, named after the case and score only.
    expect(download.suggestedFilename()).toBe(`red-flag-chat-warm-uncle-${debrief.score}.png`);
    expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    expect(bytes.length).toBeGreaterThan(20_000);
    expect(bytes.length).toBeLessThan(2_000_000);
    const png = PNG.sync.read(bytes);
    expect([png.width, png.height]).toEqual([720, 960]);
    // No metadata chunk that could carry anything about the player.
    expect(pngChunks(bytes).filter((t) => !['IHDR', 'IDAT', 'IEND', 'sRGB', 'gAMA', 'pHYs', 'cHRM', 'iCCP'].includes(t))).toEqual([]);

    // Not a blank card: the white panel holds dark text (title, score, rules) and the image has many colours.
    let dark = 0;
    const colours = new Set<number>();
    for (let y = 150; y < 850; y++) {
      for (let x = 40; x < 680; x++) {
        const i = (y * png.width + x) * 4;
        const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
        colours.add((r << 16) | (g << 8) | b);
        if (r + g + b < 240) dark++;
      }
    }
    expect(dark / (640 * 700)).toBeGreaterThan(0.01);
    expect(colours.size).toBeGreaterThan(50);

    // What was drawn: the case, its outcome and score, the four rules and the hotline — and the
    // glyphs for all of it were there. Nothing from the chat, no names.
    const texts = await page.evaluate(() => (window as unknown as Rfc).__cardTexts);
    const drawn = texts.map((t) => t.text);
    expect(drawn).toContain(debrief.title);
    expect(drawn).toContain(String(debrief.score));
    if (debrief.outcome) expect(drawn).toContain(debrief.outcome);
    expect(drawn.some((t) => t.includes('96110'))).toBe(true);
    const names = await page.evaluate(() => (window as unknown as Rfc).__rfc.app.snapshot.contacts.map((c: { name: { zh: string } }) => c.name.zh));
    for (const name of names) expect(drawn.join('\n')).not.toContain(name);
    expect(texts.filter((t) => !t.glyphs).map((t) => `${t.text} (${t.font})`), 'card texts drawn before their font pieces arrived').toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('sound', () => {
  it('is locked until the first gesture, then plays, and muting in the settings silences it', async () => {
    const { page, context, errors } = await openGame(browser, PHONE, { storage: settings({ sound: true }) });
    // Count every play Howler is asked for (the wrapper calls Howl.prototype.play).
    await page.evaluate(() => {
      const w = window as unknown as Rfc;
      w.__plays = [];
      const play = w.Howl.prototype.play;
      w.Howl.prototype.play = function (this: unknown, sprite?: string) { w.__plays.push(String(sprite)); return play.call(this, sprite); };
    });
    const state = () => page.evaluate(() => {
      const w = window as unknown as Rfc;
      const howl = w.Howler._howls[0];
      return { howls: w.Howler._howls.length, context: w.Howler.ctx?.state ?? 'none', plays: w.__plays.length, loaded: howl?.state() ?? 'none', muted: howl?._muted ?? null };
    });

    // Before any gesture: messages arrive with sound cues, yet nothing is created or played.
    await page.evaluate(async () => { await (window as unknown as Rfc).__rfc.startCase('warm-uncle', 'practice', 'sound'); });
    await page.waitForFunction(() => (window as unknown as Rfc).__rfc.app.snapshot.entries.length > 0, undefined, { timeout: 10_000 });
    const locked = await state();
    expect(locked).toEqual({ howls: 0, context: 'none', plays: 0, loaded: 'none', muted: null });

    // The first tap unlocks: the sprite loads, the audio context runs.
    await page.waitForFunction(() => (window as unknown as Rfc).__rfc.scene() === 'ChatList');
    await tap(page, '相亲相爱一家人');
    await waitForScene(page, ['Chat']);
    await page.waitForFunction(() => (window as unknown as Rfc).Howler._howls[0]?.state() === 'loaded', undefined, { timeout: 10_000 });
    const unlocked = await state();
    expect(unlocked.howls).toBe(1);
    expect(unlocked.context).toBe('running');
    expect(unlocked.muted).toBe(false);

    // A reply: the send sound (and the answer's ding) play.
    const choice = await page.evaluate(() => (window as unknown as Rfc).__rfc.app.snapshot.choices[0].id);
    await act(page, { type: 'choose', choice });
    await page.waitForFunction(() => (window as unknown as Rfc).__plays.length > 0, undefined, { timeout: 10_000 });
    expect(await page.evaluate(() => (window as unknown as Rfc).__plays)).toContain('send');

    // Settings → Sound: Off, tapped on the canvas. The Howl is muted and later cues are not played.
    await page.evaluate(async () => { await (window as unknown as Rfc).__rfc.goTo('Settings'); });
    await waitForScene(page, ['Settings']);
    const offButtons = (await targets(page)).filter((t) => t.label === '关').sort((a, b) => a.y - b.y);
    expect(offButtons.length, 'the sound row and the reduced-motion row each have 关').toBe(2);
    const box = (await page.locator('#app canvas').boundingBox())!;
    const dpr = await page.evaluate(() => (window as unknown as Rfc).__rfc.metrics.dpr);
    await page.mouse.click(box.x + offButtons[0]!.x / dpr, box.y + offButtons[0]!.y / dpr);
    await page.waitForFunction(() => (window as unknown as Rfc).__rfc.app.settings.sound === false, undefined, { timeout: 5_000 });
    const muted = await state();
    expect(muted.muted).toBe(true);
    expect(await page.evaluate(() => (window as unknown as Rfc).__rfc.app.settings.reducedMotion)).toBe(true);
    const playsBefore = muted.plays;
    const next = await page.evaluate(async () => {
      const { app } = (window as unknown as Rfc).__rfc;
      for (let i = 0; i < 100 && !app.snapshot.choices.length; i++) await new Promise((r) => setTimeout(r, 50));
      return app.snapshot.choices[0]?.id ?? null;
    });
    expect(next, 'a second reply on offer').not.toBeNull();
    const entries = await page.evaluate(() => (window as unknown as Rfc).__rfc.app.snapshot.entries.length);
    await act(page, { type: 'choose', choice: next });
    await page.waitForFunction((n) => (window as unknown as Rfc).__rfc.app.snapshot.entries.length > n + 1, entries, { timeout: 10_000 });
    await page.waitForTimeout(300);
    expect((await state()).plays, 'sounds played while muted').toBe(playsBefore);
    // Every sound Howler still holds is silent.
    expect(await page.evaluate(() => (window as unknown as Rfc).Howler._howls[0]._sounds.every((s: { _muted: boolean }) => s._muted))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
