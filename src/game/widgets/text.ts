// Text that wraps Chinese properly: lines are broken by our own wrapText (Intl.Segmenter + 禁则),
// because Phaser's word wrap only breaks at spaces.
import Phaser from 'phaser';
import { truncate, wrapText } from '../layout/wrap.ts';
import { boundedMeasure } from './bounded-measure.ts';
import { fontFamilyFor } from '../theme.ts';
import { fontGeneration } from '../fonts.ts';
import type { Lang } from '../../engine/index.ts';

export interface TextStyle {
  /** Font size in canvas px. */
  size: number;
  color?: string;
  bold?: boolean;
  /** Wrap to this width in canvas px. */
  maxWidth?: number;
  align?: 'left' | 'center' | 'right';
  lineSpacing?: number;
  /** Distance from one line's top to the next; overrides lineSpacing, using the font's measured height. */
  lineHeight?: number;
  /** Space above and below the glyphs in canvas px; defaults to 12% of the size. */
  padding?: number;
  maxLines?: number;
  /** The language the text is in; defaults to the game's language (see setTextLanguage). */
  lang?: Lang;
}

let gameLanguage: Lang = 'zh';

/** The language texts are drawn in unless they say otherwise: it picks the font stack. */
export function setTextLanguage(lang: Lang) {
  gameLanguage = lang;
}

let measureContext: CanvasRenderingContext2D | null = null;
let measureFont = '';

export function fontString(size: number, bold = false, lang: Lang = gameLanguage): string {
  return `${bold ? '600 ' : ''}${size}px ${fontFamilyFor(lang)}`;
}

/** Width of a string in canvas px with the game font. */
export function measurer(size: number, bold = false, lang: Lang = gameLanguage): (s: string) => number {
  measureContext ??= document.createElement('canvas').getContext('2d')!;
  const font = fontString(size, bold, lang);
  return (s: string) => {
    // Setting a canvas font parses it each time: only when it changes.
    if (measureFont !== font) measureContext!.font = measureFont = font;
    return measureContext!.measureText(s).width;
  };
}

/** The lines a text breaks into at a width. */
export function wrapLines(text: string, style: TextStyle): string[] {
  const exact = measurer(style.size, style.bold, style.lang);
  // Wrapping only compares widths with maxWidth: strings that surely fit need no measuring.
  const measure = style.maxWidth ? boundedMeasure(exact, style.size, style.maxWidth) : exact;
  const lines = style.maxWidth ? wrapText(text, style.maxWidth, measure) : text.split('\n');
  if (style.maxLines && lines.length > style.maxLines) {
    const kept = lines.slice(0, style.maxLines);
    const rest = lines.slice(style.maxLines - 1).join((style.lang ?? gameLanguage) === 'en' ? ' ' : '');
    kept[kept.length - 1] = style.maxWidth ? truncate(rest, style.maxWidth, measure) : `${kept.at(-1)!.replace(/.$/u, '')}…`;
    return kept;
  }
  return lines;
}

export type FontMetrics = { ascent: number; descent: number; fontSize: number };
/**
 * Phaser's own test string, '|MÃ‰qgy', holds a '‰' that no screen shows: measuring it fetched a
 * font piece of its own on every first load. Without it the ascent and descent come out the same
 * (checked at 24–60 px, both weights, before and after the web fonts arrive).
 */
const METRICS_TEST_STRING = '|MÃqgy';
/** Phaser measures a font's ascent and descent on a fresh canvas for every new text: once per font is enough. */
const metricsByFont = new Map<string, FontMetrics>();
let metricsGeneration = -1;

const phaserStyle = (style: TextStyle) => ({
  fontFamily: fontFamilyFor(style.lang ?? gameLanguage),
  fontSize: `${style.size}px`,
  fontStyle: style.bold ? '600' : 'normal',
  color: style.color ?? '#191919',
  align: style.align ?? 'left',
});

/** A font's ascent and descent as Phaser's Text measures them. */
export function fontMetrics(style: TextStyle): FontMetrics {
  if (metricsGeneration !== fontGeneration()) {
    metricsByFont.clear();
    metricsGeneration = fontGeneration();
  }
  const font = fontString(style.size, style.bold, style.lang);
  let found = metricsByFont.get(font);
  if (!found) {
    // A style without a Text object measures and draws nothing else.
    found = new Phaser.GameObjects.TextStyle(null as unknown as Phaser.GameObjects.Text, { ...phaserStyle(style), testString: METRICS_TEST_STRING }).getTextMetrics();
    metricsByFont.set(font, found);
  }
  return found;
}

/** Space above and below the glyphs, and between lines, as addText lays them out. */
export function textSpacing(style: TextStyle): { padding: number; lineSpacing: number } {
  return {
    padding: style.padding ?? Math.ceil(style.size * 0.12),
    lineSpacing: style.lineHeight !== undefined ? style.lineHeight - fontMetrics(style).fontSize : style.lineSpacing ?? Math.round(style.size * 0.35),
  };
}

export function addText(scene: Phaser.Scene, x: number, y: number, text: string, style: TextStyle): Phaser.GameObjects.Text {
  const lines = wrapLines(text, style);
  // Created empty, then given its spacing and text: passing padding and line spacing to Phaser
  // would draw and upload the texture once for each of them.
  const object = scene.add.text(x, y, '', { ...phaserStyle(style), metrics: fontMetrics(style) });
  const { padding, lineSpacing } = textSpacing(style);
  object.padding.top = padding;
  object.padding.bottom = padding;
  object.lineSpacing = lineSpacing;
  object.setText(lines.join('\n'));
  return object;
}

/** Replaces a text's content, re-wrapping it. */
export function setWrappedText(object: Phaser.GameObjects.Text, text: string, style: TextStyle) {
  object.setText(wrapLines(text, style).join('\n'));
}
