// Settings: language, text size (with the large "care" mode), reduced motion, sound, pace.
import Phaser from 'phaser';
import { contextOf } from '../context.ts';
import { LANGUAGE_NAMES, t, type StringKey } from '../i18n.ts';
import { COLORS } from '../theme.ts';
import { addButton } from '../widgets/button.ts';
import { addNavBar } from '../widgets/nav-bar.ts';
import { ScrollView } from '../widgets/scroll-view.ts';
import { addText } from '../widgets/text.ts';
import { nearestVolumePreset, VOLUME_PRESETS, type Settings } from '../state/settings.ts';

interface Row<K extends keyof Settings> {
  label: StringKey;
  key: K;
  options: { value: Settings[K]; label: string }[];
}

export class SettingsScene extends Phaser.Scene {
  constructor() {
    super('Settings');
  }

  create() {
    const { app, metrics } = contextOf(this);
    const lang = app.settings.lang;
    const { width, height } = metrics;
    this.cameras.main.setBackgroundColor(COLORS.background);
    const nav = addNavBar(this, { title: t('settings', lang), back: { label: t('back', lang), onTap: () => this.scene.start(app.session ? 'ChatList' : 'Home') } });
    const view = new ScrollView(this, { x: 0, y: nav.height, width, height: height - nav.height, reducedMotion: app.settings.reducedMotion });
    const onOff = [{ value: true, label: t('on', lang) }, { value: false, label: t('off', lang) }];
    const rows: Row<keyof Settings>[] = [
      { label: 'language', key: 'lang', options: (['zh', 'en'] as const).map((v) => ({ value: v, label: LANGUAGE_NAMES[v] })) },
      { label: 'textSize', key: 'textSize', options: (['standard', 'large', 'care'] as const).map((v) => ({ value: v, label: t(`textSize_${v}`, lang) })) },
      { label: 'pacing', key: 'pacing', options: (['realtime', 'fast', 'instant'] as const).map((v) => ({ value: v, label: t(`pacing_${v}`, lang) })) },
      { label: 'sound', key: 'sound', options: onOff },
      { label: 'volume', key: 'volume', options: VOLUME_PRESETS.map((v) => ({ value: v, label: `${Math.round(v * 100)}%` })) },
      { label: 'reducedMotion', key: 'reducedMotion', options: onOff },
    ];
    const pad = metrics.px(16);
    let y = pad;
    for (const row of rows) {
      const label = addText(this, view.originX + pad, y, t(row.label, lang), { size: metrics.font(15), color: COLORS.textSecondary });
      view.content.add(label);
      y += label.height + metrics.px(6);
      const w = (width - pad * 2 - metrics.px(8) * (row.options.length - 1)) / row.options.length;
      let h = 0;
      row.options.forEach((option, i) => {
        // A volume set elsewhere (the kiosk's admin panel) shows as the nearest preset.
        const current = row.key === 'volume' ? nearestVolumePreset(app.settings.volume) : app.settings[row.key];
        const selected = current === option.value;
        const button = addButton(this, view.originX + pad + i * (w + metrics.px(8)), y, `${selected ? '✓ ' : ''}${option.label}`, {
          width: w, fill: selected ? COLORS.brand : 0xffffff, textColor: selected ? '#ffffff' : '#191919', fontSize: 15,
        }, () => app.updateSettings({ [row.key]: option.value } as Partial<Settings>));
        view.content.add(button);
        h = Math.max(h, button.height);
      });
      y += h + pad;
    }
    view.setContentHeight(y);
  }
}
