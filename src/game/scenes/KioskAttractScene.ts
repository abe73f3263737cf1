// The kiosk's attract loop: a phone on a lock screen buzzes with a scam message, in Chinese, then
// in English, then the next message; a big "touch to start" button in the lower half. Silent (sound
// starts with the first touch). With reduced motion nothing moves: the messages just change.
import Phaser from 'phaser';
import type { Lang } from '../../engine/index.ts';
import { contextOf } from '../context.ts';
import { t } from '../i18n.ts';
import { COLORS } from '../theme.ts';
import { avatarTexture, clearGeneratedTextures } from '../textures.ts';
import { addText, setWrappedText, type TextStyle } from '../widgets/text.ts';
import { registerTarget } from '../widgets/targets.ts';
import { ATTRACT_MESSAGES, KIOSK_STRINGS, kt } from '../../kiosk/strings.ts';
import { kioskOf } from '../../kiosk/browser/kiosk-api.ts';
import { redrawWhenIdle } from './redraw.ts';

/** Each message shows this long, first in one language, then the other. */
const CYCLE_MS = 5000;

/** Every character the attract loop may draw, in both languages. */
export function attractCharacters(): string {
  const strings = Object.values(KIOSK_STRINGS).map((s) => s.zh + s.en).join('');
  const messages = ATTRACT_MESSAGES.map((m) => m.sender.zh + m.sender.en + m.text.zh + m.text.en + m.glyph).join('');
  return `${strings}${messages}${t('appName', 'zh')}Red Flag Chat0123456789:·`;
}

interface Notification {
  container: Phaser.GameObjects.Container;
  card: Phaser.GameObjects.Graphics;
  avatar: Phaser.GameObjects.Image;
  sender: Phaser.GameObjects.Text;
  when: Phaser.GameObjects.Text;
  text: Phaser.GameObjects.Text;
  textStyle: TextStyle;
  width: number;
}

export class KioskAttractScene extends Phaser.Scene {
  private cycle = 0;
  /** Wall-clock start: the messages change on time even when frames are slow. */
  private startedAt = 0;
  private phone!: Phaser.GameObjects.Container;
  private buzz!: Phaser.GameObjects.Graphics;
  private note!: Notification;
  private headline!: Phaser.GameObjects.Text;
  private sub!: Phaser.GameObjects.Text;
  private date!: Phaser.GameObjects.Text;
  private headlineStyle!: TextStyle;
  private subStyle!: TextStyle;
  private still = false;
  private noteY = 0;
  /** Which create() a pending font load belongs to. */
  private generation = 0;

  constructor() {
    super('KioskAttract');
  }

  create() {
    const { metrics, ensureGlyphs } = contextOf(this);
    const kiosk = kioskOf(this);
    const { width: W, height: H } = metrics;
    this.cycle = 0;
    this.still = kiosk?.reducedMotion ?? false;
    // Nobody is playing: the pictures drawn for the last visitor can go.
    clearGeneratedTextures(this.textures);

    const bg = this.add.graphics();
    bg.fillGradientStyle(0x0f2a22, 0x0f2a22, 0x05160f, 0x05160f, 1);
    bg.fillRect(0, 0, W, H);

    addText(this, W / 2, H * 0.035, `${t('appName', 'zh')} · Red Flag Chat`, { size: metrics.font(22), bold: true, color: '#ffffff' }).setOrigin(0.5, 0);
    this.buildPhone(W / 2, H * 0.085, H * 0.47);

    const inner = W * 0.86;
    this.headlineStyle = { size: metrics.font(30), bold: true, color: '#ffffff', maxWidth: inner, align: 'center' };
    this.subStyle = { size: metrics.font(17), color: 'rgba(255,255,255,0.82)', maxWidth: inner, align: 'center' };
    this.headline = addText(this, W / 2, H * 0.585, '', this.headlineStyle).setOrigin(0.5, 0);
    this.sub = addText(this, W / 2, H * 0.585, '', this.subStyle).setOrigin(0.5, 0);
    this.buildTouchButton(W / 2, H * 0.775, W * 0.8, Math.max(metrics.px(96), H * 0.1));
    addText(this, W / 2, H * 0.96, `${kt('attractNote', 'zh')}\n${kt('attractNote', 'en')}`, { size: metrics.font(13), color: 'rgba(255,255,255,0.7)', align: 'center', maxWidth: inner }).setOrigin(0.5, 1);

    // The whole screen starts a visit, except the hidden admin corner.
    const zone = this.add.zone(0, 0, W, H).setOrigin(0).setInteractive();
    zone.on('pointerup', (pointer: Phaser.Input.Pointer) => {
      if (kiosk?.inAdminCorner(pointer.x, pointer.y) || kiosk?.inAdminCorner(pointer.downX, pointer.downY)) return;
      kiosk?.beginVisitor();
    });
    registerTarget(`${kt('attractTouch', 'zh')} · ${kt('attractTouch', 'en')}`, zone);

    this.startedAt = Date.now();
    this.show();

    // Canvas text drawn before its font piece arrives stays wrong: fetch both languages, then redraw once.
    // Pieces another screen asked for may still be on their way, hence fonts.ready as well.
    const pending = document.fonts?.status === 'loading';
    const generation = ++this.generation;
    void ensureGlyphs(attractCharacters()).then(async (fetched) => {
      await document.fonts?.ready;
      if ((fetched || pending) && generation === this.generation) redrawWhenIdle(this);
    });
  }

  private buildPhone(cx: number, top: number, height: number) {
    const { metrics } = contextOf(this);
    const width = Math.min(height * 0.5, metrics.width * 0.56);
    const radius = width * 0.13;
    const inset = width * 0.035;
    this.phone = this.add.container(cx, top + height / 2);
    const body = this.add.graphics();
    body.fillStyle(0x000000, 0.35);
    body.fillRoundedRect(-width / 2 + metrics.px(4), -height / 2 + metrics.px(8), width, height, radius);
    body.fillStyle(0x16181b, 1);
    body.fillRoundedRect(-width / 2, -height / 2, width, height, radius);
    const screenW = width - inset * 2;
    const screenH = height - inset * 2;
    const screen = this.add.graphics();
    const wallpaper = this.add.image(0, 0, this.wallpaper(Math.round(screenW), Math.round(screenH), Math.round(radius - inset)));
    screen.fillStyle(0x000000, 1);
    screen.fillRoundedRect(-screenW * 0.14, -screenH / 2 + inset * 0.8, screenW * 0.28, inset * 1.6, inset * 0.8);
    const clock = addText(this, 0, -screenH * 0.36, '14:32', { size: Math.round(screenW * 0.2), color: '#ffffff' }).setOrigin(0.5);
    this.date = addText(this, 0, clock.y + clock.height * 0.62, '', { size: Math.round(screenW * 0.055), color: 'rgba(255,255,255,0.85)' }).setOrigin(0.5, 0);
    this.buzz = this.add.graphics();
    const line = Math.max(2, metrics.px(2));
    this.buzz.lineStyle(line, 0xffffff, 0.7);
    for (const side of [-1, 1]) {
      for (const r of [0.06, 0.11]) {
        const x = side * (width / 2 + width * r);
        this.buzz.beginPath();
        this.buzz.moveTo(x, -height * 0.08);
        this.buzz.lineTo(x + side * width * 0.02, 0);
        this.buzz.lineTo(x, height * 0.08);
        this.buzz.strokePath();
      }
    }
    this.buzz.setAlpha(0);
    this.noteY = -screenH * 0.12;
    this.note = this.buildNotification(screenW * 0.92, this.noteY);
    this.phone.add([body, wallpaper, screen, clock, this.date, this.note.container, this.buzz]);
  }

  /** The lock-screen wallpaper: a soft gradient with two glows, in the screen's rounded shape. */
  private wallpaper(width: number, height: number, radius: number): string {
    const key = `gen:kiosk-wallpaper:${width}x${height}`;
    if (this.textures.exists(key)) return key;
    const texture = this.textures.createCanvas(key, width, height)!;
    const ctx = texture.getContext();
    ctx.beginPath();
    ctx.roundRect(0, 0, width, height, radius);
    ctx.clip();
    const base = ctx.createLinearGradient(0, 0, 0, height);
    base.addColorStop(0, '#3b5a86');
    base.addColorStop(1, '#1a2238');
    ctx.fillStyle = base;
    ctx.fillRect(0, 0, width, height);
    for (const [x, y, r, color] of [[0.15, 0.2, 0.9, '122,92,214'], [0.95, 0.65, 0.8, '46,160,140']] as const) {
      const glow = ctx.createRadialGradient(x * width, y * height, 0, x * width, y * height, r * width);
      glow.addColorStop(0, `rgba(${color},0.55)`);
      glow.addColorStop(1, `rgba(${color},0)`);
      ctx.fillStyle = glow;
      ctx.fillRect(0, 0, width, height);
    }
    texture.refresh();
    return key;
  }

  private buildNotification(width: number, y: number): Notification {
    const { metrics } = contextOf(this);
    const pad = width * 0.05;
    const avatarSize = Math.round(width * 0.13);
    const container = this.add.container(0, y);
    const card = this.add.graphics();
    const avatar = this.add.image(-width / 2 + pad, pad, '__DEFAULT').setOrigin(0);
    const textX = -width / 2 + pad * 2 + avatarSize;
    const size = Math.max(metrics.font(12), Math.round(width * 0.052));
    const sender = addText(this, textX, pad * 0.8, '', { size, bold: true, color: '#191919' });
    const when = addText(this, width / 2 - pad, pad * 0.8, '', { size: Math.round(size * 0.85), color: 'rgba(0,0,0,0.45)' }).setOrigin(1, 0);
    const textStyle: TextStyle = { size, color: '#333333', maxWidth: width / 2 - pad - textX, maxLines: 5 };
    const text = addText(this, textX, 0, '', textStyle);
    container.add([card, avatar, sender, when, text]);
    avatar.setDisplaySize(avatarSize, avatarSize);
    return { container, card, avatar, sender, when, text, textStyle, width };
  }

  private buildTouchButton(cx: number, cy: number, width: number, height: number) {
    const { metrics } = contextOf(this);
    const radius = height / 2;
    const pulse = this.add.graphics();
    pulse.fillStyle(COLORS.brand, 0.35);
    pulse.fillRoundedRect(-width / 2, -height / 2, width, height, radius);
    const ring = this.add.container(cx, cy, [pulse]);
    const button = this.add.graphics();
    button.fillStyle(COLORS.brand, 1);
    button.fillRoundedRect(cx - width / 2, cy - height / 2, width, height, radius);
    const label = addText(this, cx, cy, `${kt('attractTouch', 'zh')}\n${kt('attractTouch', 'en')}`, { size: metrics.font(26), bold: true, color: '#ffffff', align: 'center' }).setOrigin(0.5);
    label.setLineSpacing(Math.round(metrics.font(4)));
    if (!this.still) this.tweens.add({ targets: ring, scaleX: 1.08, scaleY: 1.3, alpha: 0, duration: 1600, repeat: -1, ease: 'Cubic.Out' });
    else ring.setVisible(false);
  }

  override update() {
    const cycle = Math.floor((Date.now() - this.startedAt) / CYCLE_MS);
    if (cycle !== this.cycle) { this.cycle = cycle; this.show(); }
  }

  /** Shows message `cycle / 2` in one language: Chinese first, then English. */
  private show() {
    const { metrics } = contextOf(this);
    const lang: Lang = this.cycle % 2 === 0 ? 'zh' : 'en';
    const message = ATTRACT_MESSAGES[Math.floor(this.cycle / 2) % ATTRACT_MESSAGES.length]!;
    const note = this.note;
    const pad = note.width * 0.05;
    note.avatar.setTexture(avatarTexture(this, `attract-${ATTRACT_MESSAGES.indexOf(message)}`, message.glyph, message.color, Math.round(note.avatar.displayWidth), metrics.px(6)));
    note.avatar.setDisplaySize(note.avatar.width, note.avatar.height);
    note.sender.setText(message.sender[lang]);
    note.when.setText(kt('attractNow', lang));
    note.text.setY(note.sender.y + note.sender.height + pad * 0.2);
    setWrappedText(note.text, message.text[lang], note.textStyle);
    const height = Math.max(note.text.y + note.text.height, note.avatar.y + note.avatar.displayHeight) + pad;
    note.card.clear();
    note.card.fillStyle(0xffffff, 0.94);
    note.card.fillRoundedRect(-note.width / 2, 0, note.width, height, pad * 1.4);
    this.date.setText(kt('lockTime', lang));
    setWrappedText(this.headline, kt('attractHeadline', lang), this.headlineStyle);
    setWrappedText(this.sub, kt('attractSub', lang), this.subStyle);
    this.sub.setY(this.headline.y + this.headline.height + metrics.px(8));

    if (this.still) return;
    // The message drops in, the phone buzzes, and the message leaves before the next one.
    this.tweens.killTweensOf([note.container, this.phone, this.buzz]);
    note.container.setAlpha(0).setY(this.noteY - metrics.px(30));
    this.tweens.add({ targets: note.container, y: this.noteY, alpha: 1, duration: 450, ease: 'Back.Out' });
    this.tweens.add({ targets: note.container, alpha: 0, delay: CYCLE_MS - 450, duration: 350 });
    // A sideways shiver, not a turn: rotated text comes out patchy with some renderers.
    const x = metrics.width / 2;
    const shake = metrics.px(4);
    this.phone.setX(x);
    this.tweens.add({ targets: this.phone, x: { from: x - shake, to: x + shake }, duration: 60, yoyo: true, repeat: 6, delay: 150, onComplete: () => this.phone.setX(x) });
    this.buzz.setAlpha(1);
    this.tweens.add({ targets: this.buzz, alpha: 0, delay: 150, duration: 900 });
  }
}
