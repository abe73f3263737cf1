// The menus draw from one font file preloaded by the page; other text from Noto Sans SC's pieces,
// split by unicode range so only those covering characters on screen are fetched. Canvas text
// does not trigger those fetches, so we ask for the pieces before drawing.
import type { Lang } from '../engine/index.ts';
import { FONT_FAMILY, MENU_FONT_FAMILY } from './theme.ts';

const loaded = new Set<string>();
let generation = 0;

/** Changes whenever font pieces have arrived, so measurements taken before can be dropped. */
export function fontGeneration(): number {
  return generation;
}

/** Resolves true when something had to be fetched (so text drawn before may need redrawing). */
export async function ensureGlyphs(text: string): Promise<boolean> {
  const fresh = [...new Set(text)].filter((ch) => !loaded.has(ch)).join('');
  if (!fresh || typeof document === 'undefined' || !document.fonts) return false;
  for (const ch of fresh) loaded.add(ch);
  const latin = /[\u0020-\u024f\u2000-\u206f]/.test(fresh) ? latinLoads(fresh) : [];
  await settle([document.fonts.load(`16px "Noto Sans SC"`, fresh), ...latin]);
  return true;
}

/** English text draws Latin letters from Noto Sans (two real weights). */
function latinLoads(text: string): Promise<FontFace[]>[] {
  return [document.fonts.load('16px "Noto Sans"', text), document.fonts.load('600 16px "Noto Sans"', text)];
}

/** Waits for the loads, then drops measurements taken before them. */
async function settle(loads: Promise<FontFace[]>[]): Promise<void> {
  try {
    await Promise.all(loads);
  } catch {
    // Offline without cached fonts: the system font stack still draws something.
  }
  generation++;
}

/**
 * Loads the menus' font (one file, preloaded by the page) and, for English, Noto Sans's Latin,
 * which English text draws first. Settles when they are in, or could not be had (offline with
 * nothing cached: the system's fonts draw instead).
 */
export async function loadMenuFonts(lang: Lang): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  await settle([document.fonts.load(`16px "${MENU_FONT_FAMILY}"`, '识'), ...(lang === 'en' ? latinLoads('a') : [])]);
}

export { FONT_FAMILY };
