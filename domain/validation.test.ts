import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { translator } from '@/messages';
import { idField, optionalId, positiveInt, singleLineText, translatedFieldErrors } from './validation';

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

describe('ids', () => {
  // Number() reads each of these as 1: /api/v1/documents/1e0/draft wrote to document 1.
  const notIds = [
    '1e0',
    '0x1',
    '0b1',
    '0o1',
    ' 1',
    '1 ',
    '1.0',
    '+1',
    '１',
    '1_0',
    '',
    '0',
    '-1',
    'Infinity',
    1.5,
    0,
    null,
  ];

  it.each(notIds)('refuses %j as an id, an optional id and a number', (value) => {
    expect(idField.safeParse(value).success).toBe(false);
    if (value !== '') expect(optionalId.safeParse(value).success).toBe(false);
    expect(positiveInt.safeParse(value).success).toBe(false);
  });

  it('reads decimal digits (or a JSON number), and an empty optional id as none', () => {
    expect(idField.parse('12')).toBe(12);
    expect(idField.parse(12)).toBe(12);
    expect(optionalId.parse('7')).toBe(7);
    expect(optionalId.parse('')).toBeNull();
    expect(optionalId.parse(undefined)).toBeNull();
    expect(z.object({ agendaItemId: optionalId }).parse({})).toEqual({ agendaItemId: null });
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
