// The words the generated archive plants and the search figures look for.
export const BENCH_WORDS = {
  /** In one release in 997 (English). */
  rare: 'zirconium',
  /** In one release in 997 (Chinese, four characters). */
  rareChinese: '锆石勘探',
};
