// The quick check (防骗小测): one short message at a time, shown as it arrives in a chat, answered
// with two big buttons in thumb reach ("是诈骗" / "是正常消息"); after each answer the reason, then
// a result with scams caught and genuine messages wrongly accused. The run lives in quizSession,
// so a resize or language switch (which restarts this scene) keeps the player's place.
import Phaser from 'phaser';
import type { Lang } from '../../engine/index.ts';
import type { QuizItem } from '../../engine/quiz.ts';
import { contextOf } from '../context.ts';
import { t, type StringKey } from '../i18n.ts';
import { COLORS } from '../theme.ts';
import { avatarTexture } from '../textures.ts';
import { addButton } from '../widgets/button.ts';
import { addNavBar } from '../widgets/nav-bar.ts';
import { ScrollView } from '../widgets/scroll-view.ts';
import { addText } from '../widgets/text.ts';
import { quizSession } from '../state/quiz-session.ts';
import { verdictKey, type QuizRun } from '../state/quiz-run.ts';
import { toast } from './ToastScene.ts';
import { redrawWhenIdle } from './redraw.ts';

const AVATAR_COLORS = ['#5B8FF9', '#F6903D', '#9270CA', '#5AD8A6', '#E8684A', '#6DC8EC', '#FF9D4D', '#269A99'];

/** The avatar shows the sender's name, not the verdict: a character from the name, a colour from the id. */
function avatarOf(item: QuizItem): { glyph: string; color: string } {
  const name = item.from.zh.split('·').at(-1)!.trim();
  const glyph = [...name].find((ch) => /\p{Script=Han}/u.test(ch)) ?? [...name][0] ?? '?';
  let hash = 0;
  for (const ch of item.id) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return { glyph, color: AVATAR_COLORS[hash % AVATAR_COLORS.length]! };
}

function textsOf(objects: readonly Phaser.GameObjects.GameObject[]): string[] {
  return objects.flatMap((o) => (o instanceof Phaser.GameObjects.Text ? [o.text] : o instanceof Phaser.GameObjects.Container ? textsOf(o.list) : []));
}

let opening = false;

/** Draws a new quiz and shows it (from Home's button); a failed fetch says so on a toast. */
export function openQuizFrom(scene: Phaser.Scene): void {
  if (opening) return;
  opening = true;
  const { app, ensureGlyphs } = contextOf(scene);
  quizSession.begin(ensureGlyphs)
    .then(() => { if (scene.sys.isActive()) scene.scene.start('Quiz'); })
    .catch(() => toast(scene, t('quizLoadFailed', app.settings.lang), 'bad', 4000))
    .finally(() => { opening = false; });
}

export class QuizScene extends Phaser.Scene {
  constructor() {
    super('Quiz');
  }

  create() {
    const { app, ensureGlyphs } = contextOf(this);
    const run = quizSession.run;
    if (!run) { this.scene.start('Home'); return; }
    const lang = app.settings.lang;
    this.cameras.main.setBackgroundColor(COLORS.background);
    // Any change to the run redraws the screen from it.
    const off = quizSession.on(() => {
      if (!this.sys.isActive()) return;
      if (quizSession.run) this.scene.restart();
    });
    this.events.once('shutdown', off);

    const phase = run.phase;
    const title = phase === 'result' ? t('quizResult', lang) : t('quizTitleProgress', lang, { n: run.index + 1, total: run.items.length });
    const nav = addNavBar(this, { title, back: { label: t('home', lang), onTap: () => this.leave() } });
    if (phase === 'result') this.drawResult(run, lang, nav.height);
    else this.drawQuestion(run, lang, nav.height);
    // The glyphs were fetched when the quiz began; a text drawn since (another language) refetches and redraws once.
    void ensureGlyphs(textsOf(this.children.list).join('')).then((fetched) => {
      if (fetched) redrawWhenIdle(this);
    });
  }

  private leave() {
    quizSession.close();
    this.scene.start('Home');
  }

  /** The answer buttons (or Next) at the bottom, in thumb reach; returns the top of the bar. */
  private bottomBar(run: QuizRun, lang: Lang): number {
    const { metrics } = contextOf(this);
    const { width, height } = metrics;
    const pad = metrics.px(16);
    const buttonHeight = metrics.px(metrics.isTall ? 76 : 60);
    const top = height - pad - buttonHeight - (metrics.isTall ? metrics.px(24) : 0);
    const bar = this.add.rectangle(0, top - pad, width, height - top + pad, COLORS.inputBar).setOrigin(0);
    this.add.rectangle(0, bar.y, width, 1, COLORS.divider).setOrigin(0);
    if (run.phase === 'question') {
      const half = (width - pad * 3) / 2;
      addButton(this, pad, top, t('quizScam', lang), { width: half, height: buttonHeight, fill: COLORS.red, textColor: '#ffffff', bold: true, fontSize: 19 }, () => quizSession.answer('scam'));
      addButton(this, pad * 2 + half, top, t('quizGenuine', lang), { width: half, height: buttonHeight, fill: COLORS.brand, textColor: '#ffffff', bold: true, fontSize: 19 }, () => quizSession.answer('genuine'));
    } else {
      const last = run.index === run.items.length - 1;
      addButton(this, pad, top, t(last ? 'quizSeeResult' : 'quizNext', lang), { width: width - pad * 2, height: buttonHeight, fill: COLORS.brand, textColor: '#ffffff', bold: true, fontSize: 19 }, () => quizSession.next());
    }
    return bar.y;
  }

  private drawQuestion(run: QuizRun, lang: Lang, top: number) {
    const { app, metrics } = contextOf(this);
    const { width } = metrics;
    const pad = metrics.px(16);
    // Progress: one segment per message.
    const segment = (width - pad * 2) / run.items.length;
    run.items.forEach((_, i) => {
      const done = i < run.answered.length;
      this.add.rectangle(pad + i * segment + metrics.px(1), top + metrics.px(8), segment - metrics.px(2), metrics.px(4), done ? COLORS.brand : COLORS.divider).setOrigin(0);
    });
    const barTop = this.bottomBar(run, lang);
    const viewTop = top + metrics.px(16);
    const view = new ScrollView(this, { x: 0, y: viewTop, width, height: barTop - viewTop, reducedMotion: app.settings.reducedMotion });
    const x0 = view.originX;
    let y = pad;

    // The message as it arrives in a chat: avatar, sender name, white bubble.
    const item = run.current;
    const avatarSize = metrics.px(40);
    const { glyph, color } = avatarOf(item);
    view.content.add(this.add.image(x0 + pad, y, avatarTexture(this, `quiz-${item.id}`, glyph, color, avatarSize, metrics.px(6))).setOrigin(0));
    const bubbleX = x0 + pad + avatarSize + metrics.px(10);
    const name = addText(this, bubbleX + metrics.px(2), y - metrics.px(2), item.from[lang], { size: metrics.font(13), color: COLORS.textSecondary, maxWidth: width - bubbleX + x0 - pad, maxLines: 1 });
    view.content.add(name);
    const inner = metrics.px(12);
    const maxText = width - (bubbleX - x0) - pad - metrics.px(28) - inner * 2;
    const body = addText(this, bubbleX + inner, y + name.height + metrics.px(4) + inner * 0.8, item.text[lang], { size: metrics.font(17), maxWidth: maxText });
    const bubble = this.add.graphics();
    const bw = body.width + inner * 2;
    const bh = body.height + inner * 1.6;
    const by = y + name.height + metrics.px(4);
    bubble.fillStyle(COLORS.card, 1);
    bubble.fillRoundedRect(bubbleX, by, bw, bh, metrics.px(5));
    bubble.fillTriangle(bubbleX, by + metrics.px(14) - metrics.px(5), bubbleX, by + metrics.px(14) + metrics.px(5), bubbleX - metrics.px(6), by + metrics.px(14));
    view.content.add([bubble, body]);
    y = by + bh + pad * 1.5;

    if (run.phase === 'question') {
      const prompt = addText(this, x0 + width / 2, y, t('quizPrompt', lang), { size: metrics.font(15), color: COLORS.textSecondary, align: 'center', maxWidth: width - pad * 2 }).setOrigin(0.5, 0);
      view.content.add(prompt);
      y += prompt.height + pad;
    } else {
      y = this.feedbackCard(view, run, lang, y);
    }
    view.setContentHeight(y);
    if (run.phase === 'feedback') view.scrollToBottom();
  }

  /** What the last answer was worth and why; returns the y below the card. */
  private feedbackCard(view: ScrollView, run: QuizRun, lang: Lang, top: number): number {
    const { metrics } = contextOf(this);
    const { width } = metrics;
    const pad = metrics.px(16);
    const last = run.last!;
    const x0 = view.originX;
    const inner = width - pad * 4;
    const bg = this.add.graphics();
    view.content.add(bg);
    let y = top + pad;
    const line = (text: string, size: number, color: string, bold = false) => {
      const object = addText(this, x0 + pad * 2, y, text, { size: metrics.font(size), color, bold, maxWidth: inner });
      view.content.add(object);
      y += object.height + metrics.px(6);
    };
    const tone = last.correct ? COLORS.brandCss : COLORS.redCss;
    line(`${last.correct ? '✓' : '✗'} ${t(last.correct ? 'quizRight' : 'quizWrong', lang)} · ${t(last.item.kind === 'scam' ? 'quizWasScam' : 'quizWasGenuine', lang)}`, 18, tone, true);
    const flag = quizSession.flagName(last.item.flag, lang);
    if (flag) line(t('quizFlag', lang, { name: flag }), 15, COLORS.orangeCss, true);
    line(last.item.why[lang], 16, COLORS.text);
    line(t('quizYourAnswer', lang, { answer: t(last.answer === 'scam' ? 'quizScam' : 'quizGenuine', lang) }), 13, COLORS.textSecondary);
    y += pad / 2;
    bg.fillStyle(COLORS.card, 1);
    bg.fillRoundedRect(x0 + pad, top, width - pad * 2, y - top, metrics.px(10));
    bg.fillStyle(last.correct ? COLORS.brand : COLORS.red, 1);
    bg.fillRect(x0 + pad, top + metrics.px(10), metrics.px(4), y - top - metrics.px(20));
    return y + pad;
  }

  private drawResult(run: QuizRun, lang: Lang, top: number) {
    const { app, metrics } = contextOf(this);
    const { width, height } = metrics;
    const score = run.score!;
    const pad = metrics.px(16);
    const buttonHeight = metrics.px(metrics.isTall ? 76 : 56);
    const barTop = height - pad * 2 - buttonHeight - (metrics.isTall ? metrics.px(24) : 0);
    this.add.rectangle(0, barTop, width, height - barTop, COLORS.inputBar).setOrigin(0);
    const half = (width - pad * 3) / 2;
    addButton(this, pad, barTop + pad, t('quizAgain', lang), { width: half, height: buttonHeight, fill: COLORS.white, stroke: COLORS.divider, fontSize: 17 }, () => {
      void quizSession.begin(contextOf(this).ensureGlyphs).catch(() => undefined);
    });
    addButton(this, pad * 2 + half, barTop + pad, t('home', lang), { width: half, height: buttonHeight, fill: COLORS.brand, textColor: '#ffffff', bold: true, fontSize: 17 }, () => this.leave());

    const view = new ScrollView(this, { x: 0, y: top, width, height: barTop - top, reducedMotion: app.settings.reducedMotion });
    const x0 = view.originX;
    let y = pad;
    const inner = width - pad * 4;
    const card = (build: () => void) => {
      const cardTop = y;
      y += pad;
      const bg = this.add.graphics();
      view.content.add(bg);
      build();
      bg.fillStyle(COLORS.card, 1);
      bg.fillRoundedRect(x0 + pad, cardTop, width - pad * 2, y - cardTop + pad / 2, metrics.px(10));
      y += pad * 1.5;
    };
    const text = (s: string, size: number, color: string = COLORS.text, bold = false) => {
      const object = addText(this, x0 + pad * 2, y, s, { size: metrics.font(size), color, bold, maxWidth: inner });
      view.content.add(object);
      y += object.height + metrics.px(6);
      return object;
    };

    card(() => {
      // Two big figures side by side: scams caught, genuine messages wrongly accused.
      const tileWidth = inner / 2;
      const figures: [StringKey, string, string][] = [
        ['quizHits', `${score.hits}/${score.scams}`, COLORS.brandCss],
        ['quizFalseAlarms', `${score.falseAlarms}/${score.genuine}`, score.falseAlarms ? COLORS.redCss : COLORS.brandCss],
      ];
      let tallest = 0;
      figures.forEach(([label, value, color], i) => {
        const x = x0 + pad * 2 + i * tileWidth;
        const big = addText(this, x, y, value, { size: metrics.font(34), color, bold: true });
        const caption = addText(this, x, y + big.height, t(label, lang), { size: metrics.font(13), color: COLORS.textSecondary, maxWidth: tileWidth - pad });
        view.content.add([big, caption]);
        tallest = Math.max(tallest, big.height + caption.height);
      });
      y += tallest + pad / 2;
      text(t('quizSummary', lang, { hits: score.hits, scams: score.scams, falseAlarms: score.falseAlarms, genuine: score.genuine }), 15, COLORS.text);
      const pct = (n: number | null) => Math.round((n ?? 0) * 100);
      text(t('quizDiscernment', lang, { n: pct(score.sensitivity), hit: pct(score.hitRate), fa: pct(score.falseAlarmRate) }), 14, COLORS.textSecondary);
    });
    card(() => {
      text(t(verdictKey(score), lang), 17, COLORS.text, true);
      text(t('quizWhyDiscernment', lang), 14, '#4c4c4c');
    });
    const wrong = run.answered.filter((a) => !a.correct);
    if (wrong.length) {
      const heading = addText(this, x0 + pad, y, t('quizReview', lang), { size: metrics.font(15), color: COLORS.textSecondary });
      view.content.add(heading);
      y += heading.height + metrics.px(8);
      for (const { item } of wrong) {
        card(() => {
          text(item.from[lang], 13, COLORS.textSecondary);
          text(item.text[lang], 15, COLORS.text);
          const flag = quizSession.flagName(item.flag, lang);
          text(`${t(item.kind === 'scam' ? 'quizWasScam' : 'quizWasGenuine', lang)}${flag ? ` · ${t('quizFlag', lang, { name: flag })}` : ''}`, 14, item.kind === 'scam' ? COLORS.redCss : COLORS.brandCss, true);
          text(item.why[lang], 14, '#4c4c4c');
        });
      }
    }
    view.setContentHeight(y);
  }
}
