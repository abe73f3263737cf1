// Boot: opens Home once the menus' font is in (at once, usually), or, to resume a saved game, shows
// a progress bar until it is and the game is restored.
import Phaser from 'phaser';
import { contextOf } from '../context.ts';
import { t } from '../i18n.ts';
import { COLORS } from '../theme.ts';
import { redrawWhenIdle } from './redraw.ts';

/** How long Home waits for a font that is slow to come before it is drawn with the system's fonts. */
export const MENU_FONT_PATIENCE_MS = 1500;

export class BootScene extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create() {
    performance.mark('boot:create');
    const { metrics, app, menuFonts, menuFontsSettled, resumeGame } = contextOf(this);
    this.scene.launch('Toast');
    // The page preloads the menus' font, so Home is drawn once, in it. Without it (a slow
    // network, or offline with nothing cached) Home is drawn with the system's fonts, and drawn
    // again when the font comes.
    if (!app.hasSavedGame()) {
      let homeOpened = false;
      const openHome = () => {
        if (homeOpened) return;
        homeOpened = true;
        this.scene.start('Home');
      };
      if (menuFontsSettled()) {
        openHome();
        return;
      }
      void menuFonts.then(() => {
        if (homeOpened) redrawWhenIdle(this.scene.get('Home'));
        else openHome();
      });
      this.time.delayedCall(MENU_FONT_PATIENCE_MS, openHome);
      return;
    }

    const { width, height } = metrics;
    this.cameras.main.setBackgroundColor(COLORS.background);
    const barWidth = width * 0.6;
    const x = (width - barWidth) / 2;
    const y = height * 0.55;
    this.add.rectangle(x, y, barWidth, metrics.px(4), 0xd9d9d9).setOrigin(0, 0.5);
    const bar = this.add.rectangle(x, y, 1, metrics.px(4), COLORS.brand).setOrigin(0, 0.5);
    this.add.text(width / 2, y - metrics.px(40), `${t('appName', 'zh')} · Red Flag Chat`, { fontSize: `${metrics.font(22)}px`, color: '#191919', fontFamily: 'system-ui, sans-serif' }).setOrigin(0.5);

    void menuFonts.then(() => { bar.width = barWidth; return resumeGame(); });
  }
}
