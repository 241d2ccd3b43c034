import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { translator } from '@/messages';
import { optionalId, singleLineText, translatedFieldErrors } from './validation';

const t = translator('en');

describe('translatedFieldErrors', () => {
  it('gives a readable sentence for a schema without a catalogue message, instead of failing', () => {
    const result = z.object({ direction: z.enum(['up', 'down']) }).safeParse({ direction: 'sideways' });
    expect(result.success).toBe(false);
    expect(translatedFieldErrors(result.error!, t)).toEqual({ direction: 'This value is not accepted.' });
  });

  it('names an optional id that is not one', () => {
    const result = z.object({ agendaItemId: optionalId }).safeParse({ agendaItemId: '1e309' });
    expect(translatedFieldErrors(result.error!, t)).toEqual({ agendaItemId: 'That record does not exist.' });
  });
});

describe('singleLineText', () => {
  it('refuses line breaks and control characters, and keeps other text', () => {
    const name = singleLineText(100);
    for (const bad of ['a\r\nb', 'a\nb', 'a\u0000b', 'a\u001bb', 'a\u2028b', 'a\u0085b'])
      expect(name.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    expect(name.parse('  黄强 Huang Qiang  ')).toBe('黄强 Huang Qiang');
  });
});
