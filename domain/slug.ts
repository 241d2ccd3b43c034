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
