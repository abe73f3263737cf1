// Text that wraps Chinese properly: lines are broken by our own wrapText (Intl.Segmenter + 禁则),
// because Phaser's word wrap only breaks at spaces.
import Phaser from 'phaser';
import { wrapText } from '../layout/wrap.ts';
import { fontFamilyFor } from '../theme.ts';
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

export function fontString(size: number, bold = false, lang: Lang = gameLanguage): string {
  return `${bold ? '600 ' : ''}${size}px ${fontFamilyFor(lang)}`;
}

/** Width of a string in canvas px with the game font. */
export function measurer(size: number, bold = false, lang: Lang = gameLanguage): (s: string) => number {
  measureContext ??= document.createElement('canvas').getContext('2d')!;
  const font = fontString(size, bold, lang);
  return (s: string) => {
    measureContext!.font = font;
    return measureContext!.measureText(s).width;
  };
}

/** The lines a text breaks into at a width. */
export function wrapLines(text: string, style: TextStyle): string[] {
  const lines = style.maxWidth ? wrapText(text, style.maxWidth, measurer(style.size, style.bold, style.lang)) : text.split('\n');
  if (style.maxLines && lines.length > style.maxLines) {
    const kept = lines.slice(0, style.maxLines);
    kept[kept.length - 1] = `${kept[kept.length - 1]!.replace(/.$/u, '')}…`;
    return kept;
  }
  return lines;
}

export function addText(scene: Phaser.Scene, x: number, y: number, text: string, style: TextStyle): Phaser.GameObjects.Text {
  const lines = wrapLines(text, style);
  const object = scene.add.text(x, y, lines.join('\n'), {
    fontFamily: fontFamilyFor(style.lang ?? gameLanguage),
    fontSize: `${style.size}px`,
    fontStyle: style.bold ? '600' : 'normal',
    color: style.color ?? '#191919',
    align: style.align ?? 'left',
    lineSpacing: style.lineSpacing ?? Math.round(style.size * 0.35),
    padding: { top: Math.ceil(style.size * 0.12), bottom: Math.ceil(style.size * 0.12) },
  });
  return object;
}

/** Replaces a text's content, re-wrapping it. */
export function setWrappedText(object: Phaser.GameObjects.Text, text: string, style: TextStyle) {
  object.setText(wrapLines(text, style).join('\n'));
}
