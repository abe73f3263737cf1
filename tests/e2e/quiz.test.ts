// The quick check in Chromium, taken from Home: with the keyboard through the accessible layer,
// and by tapping the canvas. Answers are chosen on purpose (some right, some wrong) and the result
// on screen must count exactly those hits and false alarms.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { KIOSK, launch, openGame, PHONE, SMALL_PHONE, scene, tap, targets, waitForScene, type Viewport } from './browser.ts';
import { press } from './driver.ts';
import { QUIZ_DEFAULT_SIZE, type Lang, type QuizAnswer, type QuizItem } from '../../src/engine/index.ts';
import { t } from '../../src/game/i18n.ts';
import { readQuizBank } from '../../scripts/lib/quiz-file.ts';

const bank = readQuizBank();
const byId = new Map(bank.items.map((item) => [item.id, item]));
const HALF = QUIZ_DEFAULT_SIZE / 2;

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const settings = (lang: Lang) => ({ 'rfc.settings': JSON.stringify({ lang, textSize: 'standard', reducedMotion: true, sound: false, volume: 0.5, pacing: 'instant' }) });

/** The message on screen, read from the accessible log (each message's line carries its item id). */
async function currentItem(page: Page, index: number): Promise<QuizItem> {
  const li = page.locator('#a11y-quiz-log li[data-key^="m-"]').nth(index);
  await li.waitFor({ state: 'attached' });
  const id = (await li.getAttribute('data-key'))!.slice(2);
  const item = byId.get(id);
  if (!item) throw new Error(`the quiz shows "${id}", which is not in assets/quiz.yaml`);
  return item;
}

/** Every text drawn on the quiz canvas, once the scene shows `phase`'s controls. */
async function canvasTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const quiz = (window as any).__rfc.game.scene.getScene('Quiz');
    const walk = (list: any[]): string[] => list.flatMap((o) => (o.type === 'Text' ? [o.text] : o.list ? walk(o.list) : []));
    return walk(quiz.children.list);
  });
}

type Chooser = (item: QuizItem, index: number) => QuizAnswer;
const opposite = (item: QuizItem): QuizAnswer => (item.kind === 'scam' ? 'genuine' : 'scam');

interface Driver {
  answer(answer: QuizAnswer): Promise<void>;
  next(last: boolean): Promise<void>;
}

const keyboard = (page: Page, lang: Lang): Driver => ({
  answer: (answer) => press(page, t(answer === 'scam' ? 'quizScam' : 'quizGenuine', lang)),
  next: (last) => press(page, t(last ? 'quizSeeResult' : 'quizNext', lang)),
});

const touch = (page: Page, lang: Lang): Driver => ({
  answer: async (answer) => { await tap(page, t(answer === 'scam' ? 'quizScam' : 'quizGenuine', lang)); },
  next: async (last) => { await tap(page, t(last ? 'quizSeeResult' : 'quizNext', lang)); },
});

/** Takes a whole quiz, answering as `choose` says and checking each feedback; returns the items and the result they must give. */
async function takeQuiz(page: Page, lang: Lang, driver: Driver, choose: Chooser) {
  const items: QuizItem[] = [];
  let hits = 0;
  let falseAlarms = 0;
  for (let i = 0; i < QUIZ_DEFAULT_SIZE; i++) {
    const item = await currentItem(page, i);
    items.push(item);
    expect(await page.locator('#a11y-quiz-title').textContent()).toContain(t('quizProgress', lang, { n: i + 1, total: QUIZ_DEFAULT_SIZE }));
    const answer = choose(item, i);
    if (answer === 'scam' && item.kind === 'scam') hits++;
    if (answer === 'scam' && item.kind === 'genuine') falseAlarms++;
    const right = answer === item.kind;
    await driver.answer(answer);
    // The feedback says whether it was right, what the message was, and why: in the log and on the canvas.
    const feedback = page.locator(`#a11y-quiz-log li[data-key="f-${item.id}"]`);
    await feedback.waitFor({ state: 'attached' });
    const said = (await feedback.textContent())!;
    expect(said.startsWith(t(right ? 'quizRight' : 'quizWrong', lang))).toBe(true);
    expect(said).toContain(t(item.kind === 'scam' ? 'quizWasScam' : 'quizWasGenuine', lang));
    expect(said).toContain(item.why[lang].replace(/[。.]$/u, ''));
    const verdict = t(right ? 'quizRight' : 'quizWrong', lang).replace(/\s+/g, '');
    await waitForCanvasText(page, (texts) => texts.some((s) => s.replace(/\s+/g, '').includes(verdict)));
    await driver.next(i === QUIZ_DEFAULT_SIZE - 1);
  }
  expect(items.filter((x) => x.kind === 'scam')).toHaveLength(HALF);
  return { items, hits, falseAlarms };
}

/**
 * Taps Home's quiz button. Home redraws itself once when its font pieces arrive, and a tap that
 * lands during that redraw is lost; a player taps again, and so does this.
 */
async function openQuizByTap(page: Page, lang: Lang) {
  for (let attempt = 0; ; attempt++) {
    await tap(page, t('quizHomeButton', lang, { n: QUIZ_DEFAULT_SIZE }));
    try { await waitForScene(page, ['Quiz'], 4000); return; } catch (error) { if (attempt === 2) throw error; }
  }
}

async function waitForCanvasText(page: Page, test: (texts: string[]) => boolean) {
  for (let i = 0; i < 100; i++) {
    if (await scene(page) === 'Quiz' && test(await canvasTexts(page))) return;
    await page.waitForTimeout(50);
  }
  throw new Error(`the quiz canvas never showed what was expected; it shows: ${(await canvasTexts(page)).join(' | ')}`);
}

/** The result must count exactly the planned hits and false alarms, in the log and on the canvas. */
async function checkResult(page: Page, lang: Lang, expected: { hits: number; falseAlarms: number }) {
  const summary = t('quizSummary', lang, { hits: expected.hits, scams: HALF, falseAlarms: expected.falseAlarms, genuine: HALF });
  const result = page.locator('#a11y-quiz-log li[data-key="result"]');
  await result.waitFor({ state: 'attached' });
  expect(await result.textContent()).toContain(summary);
  const sensitivity = Math.round(((expected.hits - expected.falseAlarms) / HALF) * 100);
  expect(await result.textContent()).toContain(t('quizDiscernment', lang, { n: sensitivity, hit: Math.round((expected.hits / HALF) * 100), fa: Math.round((expected.falseAlarms / HALF) * 100) }));
  await waitForCanvasText(page, (texts) => texts.includes(`${expected.hits}/${HALF}`) && texts.includes(`${expected.falseAlarms}/${HALF}`)
    && texts.some((s) => s.replace(/\s+/g, '') === summary.replace(/\s+/g, '')));
}

describe('the quick check', () => {
  it('is taken from Home with the keyboard alone, through the accessible layer (Chinese)', async () => {
    const { page, context, errors } = await openGame(browser, PHONE, { storage: settings('zh') });
    await press(page, t('quizHomeButton', 'zh', { n: QUIZ_DEFAULT_SIZE }));
    await waitForScene(page, ['Quiz']);
    // The rest of the accessible layer steps aside while the quiz runs.
    expect(await page.locator('#a11y-controls').isHidden()).toBe(true);
    const taken = await takeQuiz(page, 'zh', keyboard(page, 'zh'), (item, i) => ([1, 4, 6].includes(i) ? opposite(item) : item.kind));
    await checkResult(page, 'zh', taken);
    await page.screenshot({ path: '.scratch/e2e-quiz-result-zh.png' });
    await press(page, t('home', 'zh'));
    await waitForScene(page, ['Home']);
    expect(await page.locator('#a11y-quiz').isHidden()).toBe(true);
    expect(await page.locator('#a11y-controls').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is taken by tapping the canvas, and a second go draws different messages (English)', async () => {
    const { page, context, errors } = await openGame(browser, PHONE, { storage: settings('en') });
    await openQuizByTap(page, 'en');
    await page.screenshot({ path: '.scratch/e2e-quiz-question-en.png' });
    const first = await takeQuiz(page, 'en', touch(page, 'en'), (item, i) => (i % 3 === 0 ? opposite(item) : item.kind));
    await checkResult(page, 'en', first);
    await page.screenshot({ path: '.scratch/e2e-quiz-result-en.png' });

    // Another set: none of the messages just seen. Blanket suspicion catches every scam, accuses
    // every genuine message, and is told so.
    await tap(page, t('quizAgain', 'en'));
    await waitForCanvasText(page, (texts) => texts.includes(t('quizPrompt', 'en')));
    const second = await takeQuiz(page, 'en', touch(page, 'en'), () => 'scam');
    expect(second.items.filter((item) => first.items.some((seen) => seen.id === item.id))).toEqual([]);
    expect(second).toMatchObject({ hits: HALF, falseAlarms: HALF });
    await checkResult(page, 'en', second);
    expect(await page.locator('#a11y-quiz-log li[data-key="result"]').textContent()).toContain(t('quizVerdict_suspicious', 'en'));

    await tap(page, t('home', 'en'));
    await waitForScene(page, ['Home']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps its place through a language switch, and its answer buttons stay big and low on small phones and kiosks', async () => {
    for (const viewport of [SMALL_PHONE, KIOSK] as Viewport[]) {
      const { page, context, errors } = await openGame(browser, viewport, { storage: settings('zh') });
      await openQuizByTap(page, 'zh');
      const dpr = viewport.dpr ?? 1;
      for (const label of [t('quizScam', 'zh'), t('quizGenuine', 'zh')]) {
        const target = (await targets(page)).find((x) => x.label === label)!;
        expect(target, label).toBeDefined();
        expect(target.height / dpr).toBeGreaterThanOrEqual(44);
        expect(target.width / dpr).toBeGreaterThanOrEqual(120);
        // In thumb reach: the lower fifth of the screen, and on it.
        expect(target.y / dpr).toBeGreaterThan(viewport.height * 0.8);
        expect((target.y + target.height / 2) / dpr).toBeLessThanOrEqual(viewport.height);
      }
      await page.screenshot({ path: `.scratch/e2e-quiz-${viewport.width}x${viewport.height}.png` });
      const item = await currentItem(page, 0);
      await tap(page, t('quizGenuine', 'zh'));
      await page.locator(`#a11y-quiz-log li[data-key="f-${item.id}"]`).waitFor({ state: 'attached' });
      // Switch language from the accessible layer: the same message, its feedback, now in English.
      await press(page, 'English');
      await waitForCanvasText(page, (texts) => texts.includes(t('quizNext', 'en')));
      expect(await page.locator('#a11y-quiz-title').textContent()).toContain(t('quizProgress', 'en', { n: 1, total: QUIZ_DEFAULT_SIZE }));
      expect(await page.locator(`#a11y-quiz-log li[data-key="m-${item.id}"]`).textContent()).toContain(item.text.en);
      const texts = (await canvasTexts(page)).join(' ').replace(/\s+/g, ' ');
      expect(texts).toContain(item.from.en);
      await page.screenshot({ path: `.scratch/e2e-quiz-${viewport.width}x${viewport.height}-en.png` });
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
