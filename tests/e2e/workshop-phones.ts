// Participants' phones for the workshop tests in Chromium: a phone-sized browser context that opens
// a join link, what its workshop layer shows, and replies through the accessible layer.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { SessionSnapshot } from '../../src/engine/index.ts';
import { PHONE, waitForScene, type Viewport } from './browser.ts';
import { press, snapshot } from './driver.ts';

export interface Player { name: string; page: Page; context: BrowserContext; errors: string[]; lang: 'zh' | 'en' }

/** Tests that are not about rate limits should not run into them. */
export const GENEROUS_LIMITS = {
  joinsPerIp: { burst: 1000, perSecond: 100 }, roomsPerIp: { burst: 100, perSecond: 10 }, messagesPerSocket: { burst: 1000, perSecond: 200 },
};

/** A phone that opens `url` (a join link, or the game) with sound off, reduced motion and this pacing. */
export async function openPhone(browser: Browser, url: string, name: string, lang: 'zh' | 'en', pacing: 'instant' | 'fast', screen: Viewport = PHONE): Promise<Player> {
  const context = await browser.newContext({ viewport: { width: screen.width, height: screen.height }, deviceScaleFactor: screen.dpr ?? 1, locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const settings = JSON.stringify({ lang, textSize: 'standard', reducedMotion: true, sound: false, volume: 0.5, pacing });
  await page.addInitScript((s) => { if (!localStorage.getItem('rfc.settings')) localStorage.setItem('rfc.settings', s); }, settings);
  await page.goto(url);
  await waitForScene(page, ['Home']);
  return { name, page, context, errors, lang };
}

/** The participant's workshop state, as the page has it. */
export async function workshop(page: Page) {
  return page.evaluate(() => {
    const w = (window as unknown as { __rfc: { workshop: any } }).__rfc.workshop;
    const root = document.getElementById('rfc-workshop')!;
    return {
      phase: w.phase as string, plays: w.plays as { scenario: string; seed: string }[], you: w.you as { number: number; nickname: string } | null,
      plan: w.driver.lastPlan as string | null, view: root.hidden ? null : (root.querySelector('[data-view]') as HTMLElement | null)?.dataset.view ?? null,
      offline: !(document.getElementById('rfc-ws-offline') as HTMLElement).hidden, stored: localStorage.getItem('rfc.workshop'),
      stats: w.driver.reporterStats as { sent: number; accepted: number; refused: number } | null,
    };
  });
}

export async function until<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, timeout = 20_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)?.slice(0, 400)}`);
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

export const viewOf = async (p: Player) => (await workshop(p.page)).view;
export const waitView = (p: Player, view: string | null, timeout?: number) => until(`${p.name} on view ${view}`, () => viewOf(p), (v) => v === view, timeout);

export async function waitChoices(page: Page, timeout = 30_000): Promise<SessionSnapshot> {
  return (await until('replies on offer', () => snapshot(page), (s) => s !== null && (s.status === 'ended' || (s.choices.length > 0 && !s.paused)), timeout))!;
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Answers with this reply (the first on offer by default), through the accessible layer (real buttons, keyboard). */
export async function reply(p: Player, pick: (snap: SessionSnapshot) => string = (s) => s.choices[0]!.id) {
  const snap = await waitChoices(p.page);
  if (snap.status === 'ended') return false;
  const choice = snap.choices.find((c) => c.id === pick(snap))!;
  await press(p.page, new RegExp(`^${escapeRegExp(choice.text[p.lang])}( \\(.*\\))?$`));
  await until('the reply to be taken', () => snapshot(p.page), (s) => s!.entries.some((e) => e.choice === choice.id));
  return true;
}
