// The chat's bottom: the input bar with its hint, "+" and skip, the replies on offer stacked above it
// within thumb reach, or the end-of-chat bar. Each part is rebuilt only when what it shows changes:
// Phaser hit-tests a new interactive object only from its next frame, so a "+" rebuilt because
// someone started typing would swallow a tap released in between.
import type Phaser from 'phaser';
import type { Lang } from '../../engine/index.ts';
import { contextOf } from '../context.ts';
import { t } from '../i18n.ts';
import { COLORS, SIZES } from '../theme.ts';
import { addButton } from './button.ts';
import { addText, measurer, setWrappedText } from './text.ts';

export interface InputBarState {
  lang: Lang;
  ended: boolean;
  /** The replies on offer in this chat. */
  choices: readonly { id: string; text: Record<Lang, string> }[];
  /** The title of another chat where replies are on offer, if any. */
  elsewhere: string | null;
  /** Someone is typing: the skip button shows. */
  pending: boolean;
}

export interface InputBarHandlers {
  choose(choice: string): void;
  skip(): void;
  plus(): void;
  debrief(): void;
}

export class InputBar {
  private readonly scene: Phaser.Scene;
  private readonly handlers: InputBarHandlers;
  private readonly bar: Phaser.GameObjects.Container;
  private readonly replies: Phaser.GameObjects.Container;
  private skip: Phaser.GameObjects.Container | null = null;
  private hint: Phaser.GameObjects.Text | null = null;
  private hintDrawn = '';
  private barDrawn = '';
  private repliesDrawn = '';
  /** Where the chat above must end, canvas px. */
  top = 0;

  constructor(scene: Phaser.Scene, handlers: InputBarHandlers) {
    this.scene = scene;
    this.handlers = handlers;
    this.bar = scene.add.container(0, 0).setDepth(5);
    this.replies = scene.add.container(0, 0).setDepth(5);
  }

  /** Brings the bar up to date; true when the space left for the chat changed. */
  update(state: InputBarState): boolean {
    const { metrics } = contextOf(this.scene);
    const scale = `${state.lang}|${metrics.textScale}|${metrics.width}|${metrics.height}`;
    const barDrawn = `${scale}|${state.ended}`;
    if (barDrawn !== this.barDrawn) {
      this.barDrawn = barDrawn;
      this.skip = null;
      this.drawBar(state);
    }
    if (!state.ended) {
      this.showHint(state);
      this.showSkip(state);
    }
    const repliesDrawn = `${scale}|${state.ended ? '' : state.choices.map((c) => c.id).join(',')}`;
    if (repliesDrawn === this.repliesDrawn) return false;
    this.repliesDrawn = repliesDrawn;
    const before = this.top;
    this.drawReplies(state.ended ? [] : state.choices, state.lang);
    return this.top !== before;
  }

  private drawBar(state: InputBarState) {
    const scene = this.scene;
    const { metrics } = contextOf(scene);
    this.bar.removeAll(true);
    this.hint = null;
    this.hintDrawn = '';
    const width = metrics.width;
    const pad = metrics.px(10);
    const barH = metrics.px(SIZES.inputBar);
    const barY = metrics.height - barH;
    const background = scene.add.rectangle(0, barY, width, barH, COLORS.inputBar).setOrigin(0);
    const line = scene.add.rectangle(0, barY, width, 1, COLORS.divider).setOrigin(0);
    this.bar.add([background, line]);
    if (state.ended) {
      this.bar.add(addButton(scene, pad, barY + (barH - metrics.px(44)) / 2, `${t('ended', state.lang)} · ${t('seeDebrief', state.lang)}`, { width: width - pad * 2, height: metrics.px(44), fill: COLORS.brand, textColor: '#ffffff', bold: true }, () => this.handlers.debrief()));
      return;
    }
    const plusSize = metrics.px(44);
    const field = scene.add.graphics();
    field.fillStyle(0xffffff, 1);
    field.fillRoundedRect(pad, barY + (barH - metrics.px(40)) / 2, this.fieldWidth(), metrics.px(40), metrics.px(6));
    this.hint = addText(scene, pad + metrics.px(12), barY + barH / 2, '', { size: metrics.font(15), color: COLORS.textHint }).setOrigin(0, 0.5);
    const plus = addButton(scene, width - pad - plusSize, barY + (barH - plusSize) / 2, t('plusPanel', state.lang), { width: plusSize, height: plusSize, fill: COLORS.inputBar, icon: 'plus' }, () => this.handlers.plus());
    this.bar.add([field, this.hint, plus]);
  }

  /** The field's grey hint, on one line, clear of the skip button when it shows. */
  private showHint(state: InputBarState) {
    const { metrics } = contextOf(this.scene);
    const hint = state.choices.length ? t('choosePrompt', state.lang)
      : state.elsewhere ? t('repliesElsewhere', state.lang, { name: state.elsewhere }) : t('waiting', state.lang);
    const maxWidth = this.fieldWidth() - metrics.px(24) - (state.pending ? this.skipWidth(state.lang) + metrics.px(4) : 0);
    const drawn = `${hint}|${maxWidth}`;
    if (!this.hint || drawn === this.hintDrawn) return;
    this.hintDrawn = drawn;
    setWrappedText(this.hint, hint, { size: metrics.font(15), maxWidth, maxLines: 1 });
  }

  private fieldWidth(): number {
    const { metrics } = contextOf(this.scene);
    return metrics.width - metrics.px(10) * 3 - metrics.px(44);
  }

  /** Wide enough for its label on one line (the ⏭ is as wide as the emoji font draws it). */
  private skipWidth(lang: Lang): number {
    const { metrics } = contextOf(this.scene);
    return Math.max(metrics.px(80), Math.ceil(measurer(metrics.font(SKIP_FONT))(skipLabel(lang))) + metrics.px(26));
  }

  private showSkip(state: InputBarState) {
    if (state.pending === (this.skip !== null)) return;
    if (!state.pending) { this.skip!.destroy(); this.skip = null; return; }
    const { metrics } = contextOf(this.scene);
    const barH = metrics.px(SIZES.inputBar);
    const width = this.skipWidth(state.lang);
    const x = metrics.px(10) + this.fieldWidth() - width - metrics.px(4);
    const y = metrics.height - barH + (barH - metrics.px(40)) / 2;
    this.skip = addButton(this.scene, x, y, skipLabel(state.lang), { width, height: metrics.px(40), fill: 0xffffff, fontSize: SKIP_FONT }, () => this.handlers.skip());
    this.bar.add(this.skip);
  }

  /** Replies stack upwards from the input bar, so the thumb reaches them. */
  private drawReplies(choices: InputBarState['choices'], lang: Lang) {
    const scene = this.scene;
    const { metrics } = contextOf(scene);
    this.replies.removeAll(true);
    const width = metrics.width;
    const pad = metrics.px(10);
    const barY = metrics.height - metrics.px(SIZES.inputBar);
    let y = barY;
    const buttons = [...choices].reverse().map((choice) => {
      const button = addButton(scene, pad, 0, choice.text[lang], { width: width - pad * 2, fill: 0xffffff, stroke: COLORS.brand, textColor: '#06AD56', fontSize: 16 }, () => this.handlers.choose(choice.id));
      y -= button.height + pad / 2;
      button.setY(y);
      return button;
    });
    if (buttons.length) {
      const panelTop = y - pad / 2;
      this.replies.add(scene.add.rectangle(0, panelTop, width, barY - panelTop, COLORS.inputBar, 0.97).setOrigin(0));
      this.replies.add(buttons);
    }
    this.top = buttons.length ? y - pad / 2 : barY;
  }
}

const SKIP_FONT = 13;
const skipLabel = (lang: Lang) => `⏭ ${t('skip', lang)}`;
