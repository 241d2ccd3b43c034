import { describe, expect, it } from 'vitest';
import { loginLocale } from './login-locale';

describe('the sign-in page language', () => {
  it('follows the address first', () => {
    expect(loginLocale('zh', 'en-US,en;q=0.9')).toBe('zh');
    expect(loginLocale('en', 'zh-CN')).toBe('en');
  });

  it('else the browser: its first preference among Chinese and English', () => {
    expect(loginLocale(undefined, 'zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh');
    expect(loginLocale(undefined, 'fr-FR,zh-TW;q=0.8,en;q=0.5')).toBe('zh');
    expect(loginLocale(undefined, 'de, en-GB;q=0.7, zh;q=0.5')).toBe('en');
  });

  it('else English, whatever else the address holds', () => {
    expect(loginLocale('fr', null)).toBe('en');
    expect(loginLocale(['zh', 'en'], '')).toBe('en');
  });
});
