// WeChat-like look, from WeUI's open values (../shared/reference/conventions.md). Sizes are CSS px.
export const COLORS = {
  background: 0xededed,
  card: 0xffffff,
  text: '#191919',
  textSecondary: 'rgba(0,0,0,0.5)',
  textHint: 'rgba(0,0,0,0.3)',
  divider: 0xe5e5e5,
  brand: 0x07c160,
  brandCss: '#07C160',
  sent: 0x95ec69,
  red: 0xfa5151,
  redCss: '#FA5151',
  orange: 0xfa9d3b,
  orangeCss: '#FA9D3B',
  link: '#576B95',
  navBar: 0xededed,
  inputBar: 0xf7f7f7,
  overlay: 0x000000,
  white: 0xffffff,
  warningBg: 0xfff7e6,
} as const;

/** The "care" (关怀) preset raises secondary text contrast. */
export const CARE_COLORS = { textSecondary: 'rgba(0,0,0,0.6)', textHint: 'rgba(0,0,0,0.42)' } as const;

/** The bundled fonts come first so every device draws the same glyphs; their unicode ranges do not overlap. */
/** A colour number (0x07c160) as CSS ('#07c160'), for canvas drawing. */
export const cssColor = (color: number): string => `#${color.toString(16).padStart(6, '0')}`;

/** Every character of the menus, made at build time (scripts/build/menu-font-plugin.ts); the rest comes from Noto Sans SC's pieces. */
export const MENU_FONT_FAMILY = 'RFC Menus';

export const FONT_FAMILY = '"RFC Menus", "Noto Sans SC", "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji", system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif';

/** English: a Latin font first (Noto Sans SC's quotes and apostrophes are full-width). */
export const FONT_FAMILY_EN = `"Noto Sans", ${FONT_FAMILY}`;

export const fontFamilyFor = (lang: 'zh' | 'en'): string => (lang === 'en' ? FONT_FAMILY_EN : FONT_FAMILY);

export const SIZES = {
  navBar: 48,
  listRow: 72,
  listAvatar: 48,
  chatAvatar: 40,
  messageText: 17,
  timeLabel: 14,
  senderName: 12,
  touchTarget: 44,
  inputBar: 56,
  sidePadding: 12,
} as const;
