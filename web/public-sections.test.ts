import { describe, expect, it } from 'vitest';
import { sectionOf } from './public-sections';

describe('the section of a public address', () => {
  it('is the section whose address it is or lies under', () => {
    expect(sectionOf('/')?.id).toBe('latest');
    expect(sectionOf('/latest/2')?.id).toBe('latest');
    expect(sectionOf('/archive/2024/02')?.id).toBe('meetings');
    expect(sectionOf('/releases/2024/12-a-headline')?.id).toBe('meetings');
    expect(sectionOf('/catalogue')?.id).toBe('catalogue');
    expect(sectionOf('/documents/2024/6-a-title')?.id).toBe('catalogue');
    expect(sectionOf('/progress')?.id).toBe('progress');
  });

  it('is none for a page outside every section', () => {
    expect(sectionOf('/search')).toBeUndefined();
    expect(sectionOf('/archived')).toBeUndefined();
  });
});
