import { describe, expect, it } from 'vitest';
import { DEMO_SITE_SETTINGS } from '@/db/demo-records';
import { siteIdentity } from './site-settings';

describe('the site as each language shows it', () => {
  it('English: the English name and footer values', () => {
    expect(siteIdentity(DEMO_SITE_SETTINGS, 'en')).toEqual({
      sectionName: 'Open Governance',
      hostedBy: DEMO_SITE_SETTINGS.hostedBy,
      operator: DEMO_SITE_SETTINGS.operator,
      websiteCode: '5100000062',
      icpNumber: DEMO_SITE_SETTINGS.icpNumber,
      securityRecord: DEMO_SITE_SETTINGS.securityRecord,
    });
  });

  it('Chinese: the Chinese values, the identification code shared', () => {
    expect(siteIdentity(DEMO_SITE_SETTINGS, 'zh')).toEqual({
      sectionName: '政务公开',
      hostedBy: '四川省人民政府办公厅',
      operator: '中国电信四川分公司',
      websiteCode: '5100000062',
      icpNumber: '蜀ICP备13001288号',
      securityRecord: '川公网安备51010402000507号',
    });
  });

  it('a Chinese value left empty stays empty: never the English one in its place', () => {
    const identity = siteIdentity({ ...DEMO_SITE_SETTINGS, hostedByZh: '', operatorZh: '' }, 'zh');
    expect(identity.hostedBy).toBe('');
    expect(identity.operator).toBe('');
  });
});
