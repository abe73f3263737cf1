import type { LocalizedText } from './schema.ts';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** Values a text may interpolate with `{name}`. */
export type TextValues = Readonly<Record<string, string | number | boolean>>;

const PLACEHOLDER = /\{([a-zA-Z][\w-]*)\}/g;

/** The placeholder names a string uses, e.g. "转 {amount} 元" → ["amount"]. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

export function formatValue(value: string | number | boolean, lang: Lang): string {
  if (typeof value === 'number') return lang === 'zh' ? String(value) : value.toLocaleString('en-US');
  return String(value);
}

/** Fills `{name}` placeholders with the values as given; unknown names are left as written. */
export function fillPlaceholders(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (values[name] === undefined ? whole : String(values[name])));
}

/** Picks the language and fills `{name}` placeholders; unknown names are left as written. */
export function localize(text: LocalizedText, lang: Lang, values: TextValues = {}): string {
  return text[lang].replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : formatValue(value, lang);
  });
}
