// Boot: opens Home at once, or, to resume a saved game, shows a progress bar until the menus'
// font pieces (asked for as the page started) are in.
import Phaser from 'phaser';
import { contextOf } from '../context.ts';
import { t } from '../i18n.ts';
import { COLORS } from '../theme.ts';
import { redrawWhenIdle } from './redraw.ts';

export class BootScene extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create() {
    performance.mark('boot:create');
    const { metrics, app, menuGlyphs, resumeGame } = contextOf(this);
    this.scene.launch('Toast');
    // Only what the first screen shows: other font pieces load when a case starts. The menus' pieces
    // were asked for as the page started. Home opens at once and is redrawn if they arrive after it
    // was drawn (devices with a Chinese system font show that meanwhile), so this screen is only
    // drawn when a saved game must wait for its script and glyphs.
    if (!app.hasSavedGame()) {
      let homeOpened = false;
      void menuGlyphs.then((fetched) => {
        if (fetched && homeOpened) redrawWhenIdle(this.scene.get('Home'));
      });
      // Settled promises run their callbacks before this one: glyphs already in need no redraw.
      void Promise.resolve().then(() => { homeOpened = true; });
      this.scene.start('Home');
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

    void menuGlyphs.then(() => { bar.width = barWidth; return resumeGame(); });
  }
}
