// Boot: fetches the font pieces the first screens need, with a progress bar, then opens Home
// (or resumes the saved game).
import Phaser from 'phaser';
import { contextOf } from '../context.ts';
import { ALL_STRINGS, t } from '../i18n.ts';
import { COLORS } from '../theme.ts';
import { redrawWhenIdle } from './redraw.ts';

export class BootScene extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create() {
    performance.mark('boot:create');
    const { metrics, app, ensureGlyphs, resumeGame } = contextOf(this);
    const lang = app.settings.lang;
    const uiText = Object.values(ALL_STRINGS).map((s) => s[lang]).join('');
    const homeText = app.scenarios.map((s) => s.title[lang] + s.summary[lang]).join('');
    const pieces = [uiText, homeText];
    this.scene.launch('Toast');
    // Only what the first screen shows: other font pieces load when a case starts. Home opens at
    // once and is redrawn when the font pieces arrive (devices with a Chinese system font show it
    // meanwhile), so this screen is only drawn when a saved game must wait for its script and glyphs.
    if (!app.hasSavedGame()) {
      this.scene.start('Home');
      void Promise.all(pieces.map((p) => ensureGlyphs(p))).then((fetched) => {
        if (fetched.some(Boolean)) redrawWhenIdle(this.scene.get('Home'));
      });
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

    let done = 0;
    const step = () => { done++; bar.width = Math.max(1, (barWidth * done) / pieces.length); };
    void Promise.all(pieces.map((p) => ensureGlyphs(p).then(step))).then(() => resumeGame());
  }
}
