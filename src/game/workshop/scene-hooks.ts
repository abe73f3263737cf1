// The two places the workshop shows on the canvas: a Home button (join, or back into the room) and
// the debrief's buttons while a workshop play is on screen (next assigned case, or wait).
import type Phaser from 'phaser';
import { contextOf } from '../context.ts';
import { t } from '../i18n.ts';
import { COLORS } from '../theme.ts';
import { addButton } from '../widgets/button.ts';
import type { WorkshopController } from './controller.ts';

export const WORKSHOP_REGISTRY_KEY = 'workshop';

export function workshopOf(scene: Phaser.Scene): WorkshopController | null {
  return (scene.registry.get(WORKSHOP_REGISTRY_KEY) as WorkshopController | undefined) ?? null;
}

/** Adds Home's workshop button at (x, y); returns the height it takes, gap included (0 without a workshop). */
export function addWorkshopButton(scene: Phaser.Scene, x: number, y: number, width: number): number {
  const workshop = workshopOf(scene);
  if (!workshop) return 0;
  const { app, metrics } = contextOf(scene);
  const label = t(workshop.joined ? 'backToWorkshop' : 'joinWorkshop', app.settings.lang);
  const button = addButton(scene, x, y, label, { width, fill: COLORS.white, textColor: COLORS.brandCss, bold: true, fontSize: 16 }, () => workshop.openFromHome());
  return button.height + metrics.px(16);
}

/** The debrief's buttons for a workshop play, or null to keep the usual ones. */
export function workshopDebriefButtons(scene: Phaser.Scene): { label: string; onTap: () => void; primary: boolean }[] | null {
  const workshop = workshopOf(scene);
  if (!workshop?.driver.isWorkshopSession()) return null;
  const lang = contextOf(scene).app.settings.lang;
  return workshop.driver.hasNextCase()
    ? [{ label: t('workshopNextCase', lang), onTap: () => workshop.nextCase(), primary: true }]
    : [{ label: t('workshopWait', lang), onTap: () => { workshop.showDone = true; workshop.render(); }, primary: true }];
}
