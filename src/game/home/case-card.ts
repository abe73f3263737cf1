// One case on Home: title, best score, scam type · difficulty · minutes, and a three-line summary,
// drawn with the white rounded card into a single canvas texture. Laid out exactly as addText would
// lay out each text, but one texture upload and one display object instead of three or four texts.
import Phaser from 'phaser';
import type { ScenarioInfo } from '../../content/scenario-info.ts';
import type { Lang } from '../../engine/index.ts';
import type { Metrics } from '../metrics.ts';
import { scamTypeName, t } from '../i18n.ts';
import { COLORS, cssColor } from '../theme.ts';
import { addCanvasImage } from '../textures.ts';
import { fontMetrics, fontString, measurer, textSpacing, wrapLines, type TextStyle } from '../widgets/text.ts';

interface Block { lines: string[]; style: TextStyle; x: number; y: number; width: number; height: number }

/** Lines, size and spacing of one text, as addText computes them. */
function layout(text: string, style: TextStyle, x: number, y: number): Block {
  const measure = measurer(style.size, style.bold, style.lang);
  const lines = wrapLines(text, style);
  const { padding, lineSpacing } = textSpacing(style);
  const { fontSize } = fontMetrics(style);
  const width = Math.max(0, ...lines.map((line) => Math.ceil(measure(line))));
  const height = fontSize * lines.length + lineSpacing * (lines.length - 1) + padding * 2;
  return { lines, style, x, y, width, height };
}

/** Draws a block as Phaser's Text draws its canvas (rounded baselines, left-aligned). */
function draw(ctx: CanvasRenderingContext2D, block: Block, originX: number, originY: number) {
  const { padding, lineSpacing } = textSpacing(block.style);
  const { ascent, fontSize } = fontMetrics(block.style);
  ctx.font = fontString(block.style.size, block.style.bold, block.style.lang);
  ctx.fillStyle = block.style.color ?? '#191919';
  ctx.textBaseline = 'alphabetic';
  block.lines.forEach((line, i) => {
    ctx.fillText(line, block.x - originX, block.y - originY + padding + Math.round(i * fontSize + ascent + lineSpacing * i));
  });
}

let serial = 0;

export interface CaseCardOptions { metrics: Metrics; lang: Lang; best: number | null; width: number }

/** The card at (x, y) in `width` canvas px; its height is the container's. */
export function addCaseCard(scene: Phaser.Scene, x: number, y: number, scenario: ScenarioInfo, { metrics, lang, best, width }: CaseCardOptions): Phaser.GameObjects.Container {
  const pad = metrics.px(14);
  const inner = width - pad * 2;
  const bestScore = best === null ? null : layout(t('bestScore', lang, { n: best }), { size: metrics.font(13), color: COLORS.brandCss, lang }, 0, pad);
  if (bestScore) bestScore.x = width - pad - bestScore.width;
  // The title keeps clear of the best score, and only when there is one.
  const title = layout(scenario.title[lang], { size: metrics.font(18), bold: true, maxWidth: inner - (bestScore ? bestScore.width + metrics.px(8) : 0), lang }, pad, pad);
  const meta = [scamTypeName(scenario.scamType, lang), t(`difficulty_${scenario.difficulty}`, lang), t('minutes', lang, { n: scenario.minutes })].join(' · ');
  const metaText = layout(meta, { size: metrics.font(13), color: COLORS.textSecondary, maxWidth: inner, lang }, pad, title.y + title.height + metrics.px(2));
  const summary = layout(scenario.summary[lang], { size: metrics.font(14), color: '#4c4c4c', maxWidth: inner, maxLines: 3, lang }, pad, metaText.y + metaText.height + metrics.px(4));
  const height = summary.y + summary.height + pad;
  const blocks = [title, metaText, summary, ...(bestScore ? [bestScore] : [])];

  // The white rounded card and its texts are one canvas: one texture, and no Graphics path to
  // tessellate every frame (nor a shader of its own to compile before Home's first frame).
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.ceil(width));
  canvas.height = Math.max(1, Math.ceil(height));
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = cssColor(COLORS.card);
  ctx.beginPath();
  ctx.roundRect(0, 0, width, height, metrics.px(8));
  ctx.fill();
  for (const block of blocks) draw(ctx, block, 0, 0);
  const key = `case-card:${++serial}`;
  addCanvasImage(scene.textures, key, canvas);
  const face = scene.add.image(0, 0, key).setOrigin(0, 0);
  face.once('destroy', () => scene.textures.remove(key));

  const card = scene.add.container(x, y, [face]);
  card.setSize(width, height);
  return card;
}
