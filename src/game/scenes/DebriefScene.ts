// The debrief: outcome and money, score with its parts, every red flag (spotted / late / missed)
// with its explanation and rule of 三不一多, the scammer's script stage by stage, "behind the
// account", and replay / next case / share card.
import Phaser from 'phaser';
import type { Debrief } from '../../engine/index.ts';
import { contextOf } from '../context.ts';
import { t, type StringKey } from '../i18n.ts';
import { flagHeadline, flagRuleLine, genuineNames, mistakeLabel, moneyLine, protectiveLabel, ruleLines } from '../debrief-text.ts';
import { COLORS } from '../theme.ts';
import { addButton } from '../widgets/button.ts';
import { ScrollView } from '../widgets/scroll-view.ts';
import { addText } from '../widgets/text.ts';
import { addNavBar } from '../widgets/nav-bar.ts';
import { downloadShareCard } from '../share-card.ts';
import { workshopDebriefButtons } from '../workshop/scene-hooks.ts';
import { toast } from './ToastScene.ts';

/** The plays whose debrief has been shown: from then on their chat list stays open, to re-read the chats. */
const debriefShown = new WeakSet<object>();
export const debriefWasShown = (session: object | null): boolean => session !== null && debriefShown.has(session);

const OUTCOME_COLOR: Record<string, string> = { scammed: '#FA5151', escaped: '#07C160', reported: '#07C160', resolved: '#07C160', 'missed-out': '#FA9D3B' };

export class DebriefScene extends Phaser.Scene {
  constructor() {
    super('Debrief');
  }

  create() {
    const { app, metrics } = contextOf(this);
    const session = app.session;
    if (!session) { this.scene.start('Home'); return; }
    debriefShown.add(session);
    const debrief = session.debrief();
    const lang = app.settings.lang;
    const { width, height } = metrics;
    this.cameras.main.setBackgroundColor(COLORS.background);
    const nav = addNavBar(this, { title: t('debrief', lang), back: { label: t('chats', lang), onTap: () => this.scene.start('ChatList') } });
    const view = new ScrollView(this, { x: 0, y: nav.height, width, height: height - nav.height, background: COLORS.background, reducedMotion: app.settings.reducedMotion });
    const pad = metrics.px(16);
    const inner = width - pad * 4;
    const x0 = view.originX;
    let y = pad;
    const add = <T extends Phaser.GameObjects.GameObject & { height: number }>(object: T, gap = metrics.px(6)) => { view.content.add(object); y += object.height + gap; return object; };
    const text = (s: string, size: number, color: string = COLORS.text, bold = false, indent = 0) => add(addText(this, x0 + pad * 2 + indent, y, s, { size: metrics.font(size), color, bold, maxWidth: inner - indent }));
    const card = (build: () => void) => {
      const top = y;
      y += pad;
      const bg = this.add.graphics();
      view.content.add(bg);
      build();
      bg.fillStyle(COLORS.card, 1);
      bg.fillRoundedRect(x0 + pad, top, width - pad * 2, y - top + pad / 2, metrics.px(10));
      y += pad * 1.5;
    };

    card(() => {
      const kind = debrief.outcome?.kind;
      text(debrief.outcome ? `${debrief.outcome.title[lang]}` : t('ended', lang), 24, OUTCOME_COLOR[kind ?? ''] ?? COLORS.text, true);
      if (debrief.outcome) text(debrief.outcome.text[lang], 15, '#4c4c4c');
      text(moneyLine(debrief, lang), 16, debrief.money.lost > 0 ? COLORS.redCss : COLORS.brandCss, true);
    });

    card(() => {
      text(`${t('score', lang)}  ${debrief.score.total}/100`, 22, COLORS.text, true);
      const parts: [StringKey, number, number][] = [
        ['part_detection', debrief.score.parts.detection, debrief.score.max.detection],
        ['part_safety', debrief.score.parts.safety, debrief.score.max.safety],
        ['part_protection', debrief.score.parts.protection, debrief.score.max.protection],
      ];
      for (const [key, value, max] of parts) {
        text(`${t(key, lang)}  ${value}/${max}`, 14, COLORS.textSecondary);
        const bar = this.add.graphics();
        bar.fillStyle(0xeeeeee, 1);
        bar.fillRoundedRect(x0 + pad * 2, y, inner, metrics.px(6), metrics.px(3));
        bar.fillStyle(COLORS.brand, 1);
        bar.fillRoundedRect(x0 + pad * 2, y, Math.max(metrics.px(6), (inner * value) / max), metrics.px(6), metrics.px(3));
        view.content.add(bar);
        y += metrics.px(14);
      }
      if (debrief.score.parts.discernment < 0) text(`${t('part_discernment', lang)}  ${debrief.score.parts.discernment}`, 14, COLORS.redCss);
    });

    card(() => {
      text(t('timeline', lang), 18, COLORS.text, true);
      if (debrief.flags.length === 0) text(t('noFlagsSeen', lang), 14, COLORS.textSecondary);
      for (const flag of debrief.flags) {
        const color = flag.status === 'spotted' ? COLORS.brandCss : flag.status === 'late' ? COLORS.orangeCss : COLORS.redCss;
        text(flagHeadline(flag, lang), 16, color, true);
        text(flagRuleLine(flag, lang), 13, COLORS.textSecondary, false, metrics.px(18));
        if (flag.seenIn) text(`“${flag.seenIn[lang]}”`, 14, '#4c4c4c', false, metrics.px(18));
        text(flag.explanation[lang], 14, COLORS.text, false, metrics.px(18));
        y += metrics.px(6);
      }
    });

    if (debrief.mistakes.length || debrief.protective.length) {
      card(() => {
        if (debrief.protective.length) {
          text(t('protectiveDone', lang), 17, COLORS.text, true);
          const kinds = [...new Set(debrief.protective.map((p) => p.kind))];
          for (const kind of kinds) text(`✓ ${protectiveLabel(kind, lang)}`, 15, COLORS.brandCss);
        }
        if (debrief.mistakes.length) {
          text(t('mistakes', lang), 17, COLORS.text, true);
          for (const mistake of debrief.mistakes) text(`✕ ${mistakeLabel(mistake.kind, lang)}`, 15, COLORS.redCss);
        }
      });
    }

    const stages = debrief.stages.filter((s) => s.script);
    if (stages.length) {
      card(() => {
        text(t('script', lang), 18, COLORS.text, true);
        for (const stage of stages) {
          text(`${t(`stage_${stage.stage}`, lang)}`, 15, COLORS.brandCss, true);
          text(stage.script![lang], 14, COLORS.text, false, metrics.px(12));
        }
      });
    }
    if (debrief.behind.length) {
      card(() => {
        text(t('behind', lang), 18, COLORS.text, true);
        for (const b of debrief.behind) { text(b.name[lang], 15, COLORS.text, true); text(b.text[lang], 14, '#4c4c4c', false, metrics.px(12)); }
      });
    }
    if (debrief.genuine.length) card(() => { text(t('genuineContacts', lang), 17, COLORS.text, true); text(genuineNames(debrief, lang), 15, '#4c4c4c'); });

    card(() => {
      text(t('rules', lang), 17, COLORS.text, true);
      for (const line of ruleLines(app.catalogue.rules, lang)) text(line, 15);
      text(t('hotlineNote', lang), 13, COLORS.textSecondary);
    });

    const workshop = workshopDebriefButtons(this)?.map(({ label, onTap, primary }): [string, () => void, number, string] => [label, onTap, primary ? COLORS.brand : 0xffffff, primary ? '#ffffff' : '#191919']);
    const buttons = workshop ?? ([
      [t('replay', lang), () => this.replay(debrief), COLORS.brand, '#ffffff'],
      [t('nextScenario', lang), () => void this.next(debrief), 0xffffff, '#191919'],
      [t('shareCard', lang), () => { downloadShareCard(debrief, app.settings.lang, app.catalogue); toast(this, t('shareCardSaved', lang), 'good'); }, 0xffffff, '#191919'],
      [t('home', lang), () => { app.close(); this.scene.start('Home'); }, 0xffffff, '#191919'],
    // A kiosk keeps nothing of a visitor: no result card left in its downloads folder.
    ] as [string, () => void, number, string][]).filter(([label]) => !(this.registry.get('kiosk') && label === t('shareCard', lang)));
    for (const [label, onTap, fill, color] of buttons) {
      add(addButton(this, x0 + pad, y, label, { width: width - pad * 2, fill, textColor: color, bold: fill === COLORS.brand }, onTap), metrics.px(10));
    }
    view.setContentHeight(y + pad);
  }

  private replay(debrief: Debrief) {
    const { app, startCase } = contextOf(this);
    void startCase(debrief.scenarioId, app.mode);
  }

  private next(debrief: Debrief) {
    const { app, startCase } = contextOf(this);
    void startCase(app.scenarioAfter(debrief.scenarioId), app.mode);
  }
}
