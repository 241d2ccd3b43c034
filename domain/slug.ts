import type { ContentLanguage } from './vocabulary';

const MAX_SLUG_LENGTH = 80;

/**
 * A URL-safe slug of a headline: lower-case ASCII words joined by hyphens, at most 80 characters, cut at the
 * last whole word within the limit (a single word longer than the limit is cut at the limit).
 */
export function slugify(headline: string): string {
  const full = headline
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return cutAtWord(full, MAX_SLUG_LENGTH) || 'release';
}

function cutAtWord(slug: string, limit: number): string {
  if (slug.length <= limit) return slug;
  // The character just past the limit being a hyphen means the limit falls on a word boundary.
  if (slug[limit] === '-') return slug.slice(0, limit);
  const lastHyphen = slug.lastIndexOf('-', limit);
  return lastHyphen > 0 ? slug.slice(0, lastHyphen) : slug.slice(0, limit);
}

/**
 * The slug of a release in its language. An English headline gives its words. A Chinese headline has no
 * ASCII words for a slug ("黄强主持召开省政府第25次常务会议" would give "25"), and a transliteration would
 * need a dictionary that guesses readings. So a Chinese release is named by what identifies its meeting:
 * the session number and the day it was held ("meeting-25-2024-02-23"). That reads the same in any
 * language, and it is stable: a corrected headline does not change it, nor does the English counterpart
 * being published or renamed later (taking the counterpart's slug would change with it).
 */
export function releaseSlug(release: {
  headline: string;
  language: ContentLanguage;
  sessionNumber: number;
  heldOn: string;
}): string {
  if (release.language === 'en') return slugify(release.headline);
  return `meeting-${release.sessionNumber}-${release.heldOn}`;
}
