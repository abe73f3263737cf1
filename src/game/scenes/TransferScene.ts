// The climax: the transfer (or red packet) flow — amount keypad, payment PIN, then WeChat-style
// risk prompt — before any money leaves.
import Phaser from 'phaser';
import { contextOf } from '../context.ts';
import { money, t } from '../i18n.ts';
import { COLORS } from '../theme.ts';
import { avatarTexture } from '../textures.ts';
import { addButton } from '../widgets/button.ts';
import { addText } from '../widgets/text.ts';
import { toast } from './ToastScene.ts';

type Step = 'amount' | 'pin' | 'risk';

export interface TransferData {
  contact: string;
  method: 'transfer' | 'red-packet';
}

export class TransferScene extends Phaser.Scene {
  private data_!: TransferData;
  private amount = '';
  private pin = '';
  private step: Step = 'amount';
  private layer!: Phaser.GameObjects.Container;
  /** What a key press changes; the rest of the step's screen is built once (a rebuild per press could drop a quick second tap). */
  private amountText: Phaser.GameObjects.Text | null = null;
  private pinDots: ((filled: number) => void) | null = null;
  private confirm: { enabled: boolean; button: Phaser.GameObjects.Container; rebuild: (enabled: boolean) => Phaser.GameObjects.Container } | null = null;

  constructor() {
    super('Transfer');
  }

  create(data: TransferData) {
    const { app } = contextOf(this);
    this.data_ = data;
    this.step = 'amount';
    this.pin = '';
    const asked = app.snapshot?.transferTo.find((o) => o.contact === data.contact)?.amount;
    this.amount = asked && data.method === 'transfer' ? String(asked) : '';
    this.scene.bringToTop();
    this.layer = this.add.container(0, 0);
    this.render();
    this.input.keyboard?.on('keydown', (event: KeyboardEvent) => {
      if (event.key === 'Escape') this.scene.stop();
      else if (/^[0-9.]$/.test(event.key)) this.press(event.key);
      else if (event.key === 'Backspace') this.press('⌫');
    });
  }

  private render() {
    const { metrics, app } = contextOf(this);
    const lang = app.settings.lang;
    const { width, height } = metrics;
    const pad = metrics.px(20);
    this.layer.removeAll(true);
    this.amountText = null;
    this.pinDots = null;
    this.confirm = null;
    const snap = app.snapshot;
    const contact = snap?.contacts.find((c) => c.id === this.data_.contact);
    const name = contact?.name[lang] ?? this.data_.contact;
    const bg = this.add.rectangle(0, 0, width, height, this.step === 'risk' ? COLORS.overlay : 0xededed, this.step === 'risk' ? 0.5 : 1).setOrigin(0).setInteractive();
    this.layer.add(bg);

    if (this.step === 'risk') {
      const boxW = width - pad * 2;
      const body = addText(this, 0, 0, t('riskBody', lang), { size: metrics.font(15), maxWidth: boxW - pad * 2, color: '#191919' });
      const boxH = body.height + metrics.px(160);
      const y = (height - boxH) / 2;
      const box = this.add.graphics();
      box.fillStyle(0xffffff, 1);
      box.fillRoundedRect(pad, y, boxW, boxH, metrics.px(12));
      const title = addText(this, width / 2, y + pad, `⚠ ${t('riskTitle', lang)}`, { size: metrics.font(18), bold: true, color: COLORS.redCss }).setOrigin(0.5, 0);
      body.setPosition(pad * 2, title.y + title.height + metrics.px(10));
      const half = (boxW - pad * 3) / 2;
      const by = y + boxH - metrics.px(64);
      const stop = addButton(this, pad * 2, by, t('riskCancel', lang), { width: half, fill: COLORS.brand, textColor: '#ffffff', bold: true }, () => this.scene.stop());
      const go = addButton(this, pad * 2 + half + pad, by, t('riskContinue', lang), { width: half, fill: 0xf2f2f2, textColor: COLORS.redCss }, () => this.send());
      this.layer.add([box, title, body, stop, go]);
      return;
    }

    // Header: who is paid.
    const back = addButton(this, metrics.px(4), metrics.px(4), `✕ ${t('cancel', lang)}`, { width: metrics.px(90), fill: 0xededed, fontSize: 15, align: 'left' }, () => this.scene.stop());
    const avatarSize = metrics.px(56);
    const avatar = this.add.image(width / 2 - avatarSize / 2, metrics.px(56), contact ? avatarTexture(this, contact.id, contact.avatar.glyph, contact.avatar.color, avatarSize, metrics.px(6)) : '__WHITE').setOrigin(0);
    const heading = addText(this, width / 2, avatar.y + avatarSize + metrics.px(10), t(this.data_.method === 'transfer' ? 'transferTo' : 'redPacketTo', lang, { name }), { size: metrics.font(16) }).setOrigin(0.5, 0);
    this.layer.add([back, avatar, heading]);

    const cardY = heading.y + heading.height + metrics.px(18);
    const card = this.add.graphics();
    card.fillStyle(0xffffff, 1);
    card.fillRoundedRect(pad, cardY, width - pad * 2, metrics.px(150), metrics.px(10));
    this.layer.add(card);
    if (this.step === 'amount') {
      const label = addText(this, pad * 2, cardY + metrics.px(14), t('amount', lang), { size: metrics.font(14), color: COLORS.textSecondary });
      const value = addText(this, pad * 2, cardY + metrics.px(44), `¥ ${this.amount}`, { size: metrics.font(36), bold: true });
      this.amountText = value;
      const balance = addText(this, pad * 2, cardY + metrics.px(112), t('balance', lang, { n: money(snap?.balance ?? 0) }), { size: metrics.font(13), color: COLORS.textSecondary });
      this.layer.add([label, value, balance]);
    } else {
      const label = addText(this, width / 2, cardY + metrics.px(16), t('enterPassword', lang), { size: metrics.font(16) }).setOrigin(0.5, 0);
      const amount = addText(this, width / 2, cardY + metrics.px(44), `¥${money(Number(this.amount))}`, { size: metrics.font(28), bold: true }).setOrigin(0.5, 0);
      const dots = this.add.graphics();
      const cell = metrics.px(40);
      const startX = (width - cell * 6) / 2;
      this.pinDots = (filled) => {
        dots.clear();
        for (let i = 0; i < 6; i++) {
          dots.lineStyle(1, 0xcccccc, 1);
          dots.strokeRect(startX + i * cell, cardY + metrics.px(98), cell, cell);
          if (i < filled) { dots.fillStyle(0x191919, 1); dots.fillCircle(startX + i * cell + cell / 2, cardY + metrics.px(98) + cell / 2, metrics.px(5)); }
        }
      };
      this.pinDots(this.pin.length);
      this.layer.add([label, amount, dots]);
    }

    // Keypad at the bottom, within thumb reach.
    const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', this.step === 'amount' ? '.' : '', '0', '⌫'];
    const keyH = metrics.px(metrics.isTall ? 72 : 54);
    const confirmH = this.step === 'amount' ? metrics.px(52) : 0;
    const rowGap = metrics.px(6);
    // Four rows and their three gaps, then the confirm button (when there is one) below them.
    const padTop = height - keyH * 4 - rowGap * 3 - confirmH - metrics.px(24);
    const keyW = (width - metrics.px(8) * 4) / 3;
    keys.forEach((key, i) => {
      if (!key) return;
      const x = metrics.px(8) + (i % 3) * (keyW + metrics.px(8));
      const y = padTop + Math.floor(i / 3) * (keyH + rowGap);
      this.layer.add(addButton(this, x, y, key, { width: keyW, height: keyH, fill: 0xffffff, fontSize: 24 }, () => this.press(key)));
    });
    if (this.step === 'amount') {
      const rebuild = (enabled: boolean) => addButton(this, pad, height - confirmH - metrics.px(14), t(this.data_.method === 'transfer' ? 'transferButton' : 'sendRedPacket', lang), {
        width: width - pad * 2, height: confirmH, fill: COLORS.brand, textColor: '#ffffff', bold: true, disabled: !enabled,
      }, () => this.confirmAmount());
      const enabled = Number(this.amount) > 0;
      this.confirm = { enabled, button: rebuild(enabled), rebuild };
      this.layer.add(this.confirm.button);
    }
  }

  /** Shows what the last key press changed. */
  private refresh() {
    this.amountText?.setText(`¥ ${this.amount}`);
    this.pinDots?.(this.pin.length);
    const enabled = Number(this.amount) > 0;
    if (this.confirm && this.confirm.enabled !== enabled) {
      this.confirm.button.destroy();
      this.confirm = { ...this.confirm, enabled, button: this.confirm.rebuild(enabled) };
      this.layer.add(this.confirm.button);
    }
  }

  private press(key: string) {
    if (this.step === 'amount') {
      if (key === '⌫') this.amount = this.amount.slice(0, -1);
      else if (key === '.' && (this.amount.includes('.') || this.amount === '')) return;
      else if (/\.\d\d$/.test(this.amount) || this.amount.length >= 9) return;
      else this.amount += key;
    } else if (this.step === 'pin') {
      if (key === '⌫') this.pin = this.pin.slice(0, -1);
      else if (/\d/.test(key) && this.pin.length < 6) this.pin += key;
      if (this.pin.length === 6) {
        this.step = 'risk';
        this.render();
        return;
      }
    }
    this.refresh();
  }

  private confirmAmount() {
    const { app } = contextOf(this);
    const lang = app.settings.lang;
    const amount = Number(this.amount);
    if (!(amount > 0)) return;
    if (amount > (app.snapshot?.balance ?? 0)) { toast(this, t('notEnoughMoney', lang), 'bad'); return; }
    this.step = 'pin';
    this.render();
  }

  private send() {
    const { app } = contextOf(this);
    const lang = app.settings.lang;
    const result = app.act({ type: 'transfer', contact: this.data_.contact, amount: Number(this.amount), method: this.data_.method });
    this.scene.stop();
    if (!result.ok) toast(this, result.reason.startsWith('no one') ? t('noOneAsking', lang) : result.reason, 'bad', 3000);
  }
}
