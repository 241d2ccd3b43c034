import { en, type MessageKey } from './en';
import { zh } from './zh';

export type { MessageKey };
export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

const catalogues: Record<Locale, Record<MessageKey, string>> = { en, zh };

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** A translator for one language: looks the key up and fills in its `{name}` placeholders. */
export function translator(locale: Locale): Translate {
  const catalogue = catalogues[locale];
  return (key, params) =>
    catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && name in params ? String(params[name]) : whole,
    );
}

/** Whether a key computed at run time (e.g. from an audit action) names a message. */
export const isMessageKey = (key: string): key is MessageKey => key in en;

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);
