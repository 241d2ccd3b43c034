import { describe, expect, it } from 'vitest';
import {
  permanentReleasePath,
  releaseAddress,
  releaseIdOfPath,
  releaseIdOfSegment,
  releasePath,
} from './release-address';

describe('a release address', () => {
  it('takes the year of first publication in the site time zone, not in UTC', () => {
    // 2024-12-31T16:30Z is already 2025 in Shanghai.
    const firstPublishedAt = new Date('2024-12-31T16:30:00Z');
    expect(releaseAddress({ id: 7, slug: 'a-b', firstPublishedAt }, 'Asia/Shanghai')).toEqual({
      id: 7,
      slug: 'a-b',
      year: '2025',
    });
    expect(releaseAddress({ id: 7, slug: 'a-b', firstPublishedAt }, 'UTC').year).toBe('2024');
  });

  it('calls a release without a slug "release"', () => {
    const address = releaseAddress(
      { id: 3, slug: null, firstPublishedAt: new Date('2024-02-22T16:00:00Z') },
      'Asia/Shanghai',
    );
    expect(releasePath(address)).toBe('/releases/2024/3-release');
    expect(permanentReleasePath(address)).toBe('/releases/2024/3');
  });

  it('is read back to the id it was written from', () => {
    const path = releasePath({ id: 12, slug: 'huang-qiang-chairs', year: '2024' });
    expect(releaseIdOfPath(path)).toBe(12);
    expect(releaseIdOfPath(permanentReleasePath({ id: 12, year: '2024' }))).toBe(12);
  });

  it('lets the id decide, whatever the words after it', () => {
    expect(releaseIdOfSegment('12-any-words')).toBe(12);
    expect(releaseIdOfSegment('12')).toBe(12);
    expect(releaseIdOfSegment('12-')).toBe(12);
  });

  it('names no release for anything else', () => {
    for (const segment of ['', 'abc', '12abc', '-12', '0', '0-x', '99999999999999999999-x']) {
      expect(releaseIdOfSegment(segment)).toBeNull();
    }
    for (const path of [
      '/releases/2024',
      '/releases/24/12-x',
      '/releases/2024/12-x/more',
      '/zh/releases/2024/12-x',
      '/archive/2024/12',
      'releases/2024/12-x',
    ]) {
      expect(releaseIdOfPath(path)).toBeNull();
    }
  });
});
