// Building an Intl.DateTimeFormat costs about 55 µs on this stack, formatting with one about 1 µs: a page
// or feed that dates hundreds of releases, or a sitemap that reads the month of tens of thousands, spent
// most of its time constructing formatters. They are kept per locale and options instead. The set of
// distinct formats is small (a few styles × the site's time zone); the bound only guards against a
// caller that passes ever-new options.
const MAX_FORMATS = 100;
const formats = new Map<string, Intl.DateTimeFormat>();

/** `new Intl.DateTimeFormat(locale, options)`, built once per distinct pair. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    if (formats.size >= MAX_FORMATS) formats.clear();
    formats.set(key, format);
  }
  return format;
}
