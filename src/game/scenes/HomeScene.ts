// Home: pick a case (title, scam type, difficulty, minutes, best score), practice or challenge
// mode, settings, and continue the saved game.
import Phaser from 'phaser';
import type { Mode } from '../../engine/index.ts';
import type { ScenarioInfo } from '../../content/scenario-info.ts';
import { contextOf } from '../context.ts';
import { t } from '../i18n.ts';
import { COLORS } from '../theme.ts';
import { addButton } from '../widgets/button.ts';
import { ScrollView } from '../widgets/scroll-view.ts';
import { addText } from '../widgets/text.ts';
import { registerTarget } from '../widgets/targets.ts';
import { toast } from './ToastScene.ts';
import { clearGeneratedTextures } from '../textures.ts';
import { addWorkshopButton } from '../workshop/scene-hooks.ts';
import { addCaseCard } from '../home/case-card.ts';
import { openQuizFrom } from './QuizScene.ts';
import { quizButtonLabel } from '../state/quiz-session.ts';

export class HomeScene extends Phaser.Scene {
  private mode: Mode = 'practice';
  /** Where the case list was scrolled to, kept when Home is redrawn (new fonts, mode, language). */
  private listScroll = 0;
  /** True until every case card is built (those below the fold follow the first frame). */
  building = false;

  constructor() {
    super('Home');
  }

  create() {
    performance.mark('home:create');
    const ctx = contextOf(this);
    const { metrics, app } = ctx;
    const lang = app.settings.lang;
    const { width, height } = metrics;
    const pad = metrics.px(16);
    // No camera fill: the game's clear colour is the same, and a fill needs a shader of its own
    // compiled before Home's first frame.
    // Back home, no chat is on screen: the pictures drawn for the last case can go.
    if (!app.session) clearGeneratedTextures(this.textures);

    let y = pad + (metrics.isTall ? metrics.px(40) : 0);
    addText(this, pad, y, `${t('appName', 'zh')}`, { size: metrics.font(30), bold: true });
    addText(this, pad + metrics.font(30) * 2.3, y + metrics.font(10), 'Red Flag Chat', { size: metrics.font(16), color: COLORS.textSecondary });
    const settingsWidth = metrics.px(lang === 'zh' ? 92 : 110);
    addButton(this, width - pad - settingsWidth, y, `⚙ ${t('settings', lang)}`, { width: settingsWidth, fill: COLORS.background, fontSize: 15 }, () => this.scene.start('Settings'));
    y += metrics.font(30) * 1.6;
    const tagline = addText(this, pad, y, t('tagline', lang), { size: metrics.font(14), color: COLORS.textSecondary, maxWidth: width - pad * 2 });
    y += tagline.height + pad;

    for (const notice of app.notices.splice(0)) toast(this, `${t('saveDiscarded', lang)} (${notice})`, 'bad', 4000);

    // Mode: practice or challenge.
    const half = (width - pad * 3) / 2;
    const modes: Mode[] = ['practice', 'challenge'];
    const modeButtons = modes.map((mode, i) => {
      const selected = this.mode === mode;
      const label = `${t(mode, lang)}\n${t(mode === 'practice' ? 'practiceHint' : 'challengeHint', lang)}`;
      return addButton(this, pad + i * (half + pad), y, label, {
        width: half, height: metrics.px(60), fill: selected ? COLORS.brand : COLORS.white, textColor: selected ? '#ffffff' : '#191919', fontSize: 14, bold: selected,
      }, () => { this.mode = mode; this.scene.restart(); });
    });
    y += Math.max(...modeButtons.map((b) => b.height)) + pad;

    if (app.hasSavedGame()) {
      const resume = addButton(this, pad, y, `▶ ${t('continueGame', lang)}`, { width: width - pad * 2, fill: COLORS.brand, textColor: '#ffffff', bold: true }, () => {
        void contextOf(this).resumeGame();
      });
      y += resume.height + pad;
    }
    y += addWorkshopButton(this, pad, y, width - pad * 2);

    const quiz = addButton(this, pad, y, quizButtonLabel(lang), { width: width - pad * 2, fill: COLORS.white, textColor: COLORS.brandCss, bold: true, fontSize: 16 }, () => openQuizFrom(this));
    y += quiz.height + pad;

    const footer = addText(this, width / 2, height - pad, t('hotlineNote', lang), { size: metrics.font(12), color: COLORS.textSecondary, maxWidth: width - pad * 2, align: 'center' }).setOrigin(0.5, 1);
    const listTop = y;
    const listHeight = footer.y - footer.height - pad / 2 - listTop;
    const view = new ScrollView(this, { x: 0, y: listTop, width, height: listHeight, reducedMotion: app.settings.reducedMotion });
    // Every card draws its texts and uploads a texture: the ones on screen are built now, the rest a
    // couple per frame after the first frame is drawn, so Home answers taps sooner (most noticeable on slow phones).
    const waiting = [...app.scenarios];
    let cy = 0;
    const addCards = (count: number) => {
      for (const info of waiting.splice(0, count)) {
        const card = this.scenarioCard(info, view.originX + pad, cy, width - pad * 2);
        view.content.add(card);
        cy += card.height + pad / 2;
      }
      view.setContentHeight(cy);
    };
    while (waiting.length && cy < this.listScroll + listHeight) addCards(1);
    view.scrollTo(this.listScroll);
    this.events.once('shutdown', () => { this.listScroll = view.scrollY; });
    const addRest = () => {
      addCards(2);
      this.building = waiting.length > 0;
      if (!this.building) this.events.off('update', addRest);
    };
    this.building = waiting.length > 0;
    // This step's update runs before its render: adding cards then would delay the first frame.
    let open = true;
    this.events.once('shutdown', () => {
      open = false;
      this.events.off('update', addRest);
    });
    performance.mark('home:built');
    this.game.events.once('postrender', () => {
      performance.mark('home:drawn');
      if (open && waiting.length) this.events.on('update', addRest);
    });
  }

  private scenarioCard(scenario: ScenarioInfo, x: number, y: number, width: number): Phaser.GameObjects.Container {
    const { metrics, app } = contextOf(this);
    const lang = app.settings.lang;
    const card = addCaseCard(this, x, y, scenario, { metrics, lang, best: app.bestScore(scenario.id), width });
    const { height } = card;
    card.setInteractive(new Phaser.Geom.Rectangle(width / 2, height / 2, width, height), Phaser.Geom.Rectangle.Contains);
    card.on('pointerup', (pointer: Phaser.Input.Pointer) => { if (pointer.getDistance() < metrics.px(10)) this.startCase(scenario.id); });
    registerTarget(scenario.title[lang], card);
    return card;
  }

  private starting = false;

  private startCase(id: string) {
    if (this.starting) return;
    this.starting = true;
    void contextOf(this).startCase(id, this.mode).finally(() => { this.starting = false; });
  }
}
