import { describe, expect, it } from 'vitest';
import { TAG, releaseTag, tagsAfterReleaseChange, tagsOfPublicPath } from './cache-tags.mjs';
import { permanentReleasePath, releasePath } from './release-address';

describe('the tags of a public address', () => {
  it('names what the page shows, in either language, and always the whole site', () => {
    expect(tagsOfPublicPath('/')).toEqual([TAG.all, TAG.home]);
    expect(tagsOfPublicPath('/zh')).toEqual([TAG.all, TAG.home]);
    expect(tagsOfPublicPath(releasePath({ id: 12, slug: 'a-b', year: '2024' }))).toEqual([
      TAG.all,
      releaseTag(12),
    ]);
    expect(tagsOfPublicPath(`/zh${permanentReleasePath({ id: 12, year: '2024' })}`)).toContain(
      releaseTag(12),
    );
    expect(tagsOfPublicPath('/api/v1/releases/12')).toContain(releaseTag(12));
    expect(tagsOfPublicPath('/archive/2024/05')).toContain(TAG.archive);
    expect(tagsOfPublicPath('/zh/feed.xml')).toContain(TAG.feeds);
    expect(tagsOfPublicPath('/sitemaps/releases-1.xml')).toContain(TAG.sitemap);
  });

  it('an address it does not know gets the default tag, which every release change purges', () => {
    for (const path of ['/catalogue', '/documents/2025/3-x', '/progress', '/zh/anything']) {
      expect(tagsOfPublicPath(path)).toEqual([TAG.all, TAG.public]);
    }
    expect(tagsAfterReleaseChange([3])).toContain(TAG.public);
  });

  it('a release change purges its pages and every list, not other releases', () => {
    const tags = tagsAfterReleaseChange([3, 4]);
    expect(tags).toEqual(expect.arrayContaining([releaseTag(3), releaseTag(4), TAG.home, TAG.feeds]));
    expect(tags).not.toContain(releaseTag(5));
    expect(tags).not.toContain(TAG.all);
  });
});
