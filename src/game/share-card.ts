// The result card a player can save: a PNG with the case, outcome, score and the four rules.
// No personal data: no name, no seed, no chat content.
import type { Catalogue, Debrief, Lang } from '../engine/index.ts';
import { fontFamilyFor } from './theme.ts';

export function drawShareCard(debrief: Debrief, lang: Lang, catalogue: Catalogue): HTMLCanvasElement {
  const FONT_FAMILY = fontFamilyFor(lang);
  const canvas = document.createElement('canvas');
  canvas.width = 720;
  canvas.height = 960;
  const ctx = canvas.getContext('2d')!;
  const gradient = ctx.createLinearGradient(0, 0, 0, 960);
  gradient.addColorStop(0, '#07C160');
  gradient.addColorStop(1, '#05924a');
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, 720, 960);
  ctx.fillStyle = '#ffffff';
  ctx.beginPath();
  ctx.roundRect(40, 150, 640, 700, 24);
  ctx.fill();
  ctx.textAlign = 'center';
  ctx.fillStyle = '#ffffff';
  ctx.font = `600 44px ${FONT_FAMILY}`;
  ctx.fillText(lang === 'zh' ? '识骗 · Red Flag Chat' : 'Red Flag Chat · 识骗', 360, 90);
  ctx.fillStyle = '#191919';
  ctx.font = `600 34px ${FONT_FAMILY}`;
  ctx.fillText(debrief.title[lang], 360, 220);
  ctx.font = `30px ${FONT_FAMILY}`;
  ctx.fillStyle = debrief.outcome?.kind === 'scammed' ? '#FA5151' : '#07C160';
  ctx.fillText(debrief.outcome?.title[lang] ?? '', 360, 275);
  ctx.fillStyle = '#191919';
  ctx.font = `600 150px ${FONT_FAMILY}`;
  ctx.fillText(String(debrief.score.total), 360, 450);
  ctx.font = `28px ${FONT_FAMILY}`;
  ctx.fillStyle = 'rgba(0,0,0,0.5)';
  const spotted = debrief.flags.filter((f) => f.status !== 'missed').length;
  ctx.fillText(lang === 'zh' ? `识别危险信号 ${spotted}/${debrief.flags.length}` : `Red flags spotted ${spotted}/${debrief.flags.length}`, 360, 510);
  ctx.fillStyle = '#191919';
  ctx.font = `600 30px ${FONT_FAMILY}`;
  ctx.fillText(lang === 'zh' ? '三不一多' : 'The four rules', 360, 600);
  ctx.font = `28px ${FONT_FAMILY}`;
  (['link', 'call', 'info', 'transfer'] as const).forEach((rule, i) => ctx.fillText(catalogue.rules[rule][lang], 360, 650 + i * 44));
  ctx.fillStyle = '#ffffff';
  ctx.font = `26px ${FONT_FAMILY}`;
  ctx.fillText(lang === 'zh' ? '遇到可疑情况，拨打 96110 反诈专线' : 'If in doubt, call the 96110 anti-fraud hotline', 360, 905);
  return canvas;
}

export function downloadShareCard(debrief: Debrief, lang: Lang, catalogue: Catalogue) {
  const canvas = drawShareCard(debrief, lang, catalogue);
  const link = document.createElement('a');
  link.download = `red-flag-chat-${debrief.scenarioId}-${debrief.score.total}.png`;
  link.href = canvas.toDataURL('image/png');
  link.click();
}
