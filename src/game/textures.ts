// Pictures drawn by code (avatars, chat images) turned into Phaser textures, created on demand and
// removed together when a scenario closes, so replays do not pile up textures.
import type Phaser from 'phaser';
import type { ArtKind } from './art/draw-art.ts';
import { drawArt } from './art/draw-art.ts';
import { drawAvatar, drawGroupAvatar } from './art/draw-avatar.ts';

const PREFIX = 'gen:';

function canvasTexture(scene: Phaser.Scene, key: string, width: number, height: number, draw: (ctx: CanvasRenderingContext2D) => void): string {
  const full = PREFIX + key;
  if (scene.textures.exists(full)) return full;
  const texture = scene.textures.createCanvas(full, Math.max(1, Math.round(width)), Math.max(1, Math.round(height)));
  if (!texture) return full;
  draw(texture.getContext());
  texture.refresh();
  return full;
}

export function avatarTexture(scene: Phaser.Scene, id: string, glyph: string, color: string, size: number, radius: number): string {
  return canvasTexture(scene, `avatar:${id}:${size}`, size, size, (ctx) => drawAvatar(ctx, glyph, color, size, radius));
}

export function groupAvatarTexture(scene: Phaser.Scene, id: string, members: { glyph: string; color: string }[], size: number, radius: number): string {
  return canvasTexture(scene, `group:${id}:${size}`, size, size, (ctx) => drawGroupAvatar(ctx, members, size, radius));
}

export function artTexture(scene: Phaser.Scene, kind: string, seed: string, width: number, height: number): string {
  return canvasTexture(scene, `art:${kind}:${seed}:${width}x${height}`, width, height, (ctx) => drawArt(ctx, kind as ArtKind, width, height, seed));
}

/**
 * Adds a finished canvas as a texture. As an image, not a CanvasTexture: that reads every pixel
 * back (getImageData) when it is made, which costs milliseconds for a large canvas.
 */
export function addCanvasImage(textures: Phaser.Textures.TextureManager, key: string, canvas: HTMLCanvasElement): void {
  textures.addImage(key, canvas as unknown as HTMLImageElement);
}

/** Removes every generated texture (when a scenario closes or the kiosk resets). */
export function clearGeneratedTextures(textures: Phaser.Textures.TextureManager): number {
  const keys = textures.getTextureKeys().filter((k) => k.startsWith(PREFIX));
  for (const key of keys) textures.remove(key);
  return keys.length;
}
