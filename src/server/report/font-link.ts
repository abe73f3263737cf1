// The printable report is a standalone page (the host page opens it from a blob), so it cannot
// use the game's relative font files. It links the built game's font stylesheet by its full
// address instead, so Chinese prints in the bundled font even on a laptop that has none.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The built stylesheet that declares the bundled CJK font (e.g. "assets/client-1a2b.css"), or null. */
export function findFontStylesheet(staticDir: string): string | null {
  let files: string[];
  try {
    files = readdirSync(join(staticDir, 'assets')).filter((f) => f.endsWith('.css'));
  } catch {
    return null;
  }
  const found = files.find((f) => /@font-face\s*\{[^}]*Noto Sans SC/.test(readFileSync(join(staticDir, 'assets', f), 'utf8')));
  return found ? `assets/${found}` : null;
}
