import { describe, expect, it } from 'vitest';
import { editTargetHref, editTargetOf, recordEditTarget } from './record-edit-target';

const meeting = { agendaItems: [{ id: 11 }, { id: 12 }], decisions: [{ id: 21 }, { id: 22 }, { id: 23 }] };

describe('where a missing field is edited', () => {
  it('sends the meeting’s own fields to its details form', () => {
    for (const field of ['chairName', 'chairTitle', 'purpose'] as const)
      expect(editTargetHref(7, editTargetOf({ field, known: '' }, meeting))).toBe(
        '/meetings/7?edit=meeting#meeting-details',
      );
  });

  it('sends an agenda item’s or a decision’s field to that record’s form, by its place in the list', () => {
    expect(editTargetHref(7, editTargetOf({ field: 'stressed', position: 2, known: '' }, meeting))).toBe(
      '/meetings/7?edit=agenda-12#agenda-item-12',
    );
    expect(editTargetHref(7, editTargetOf({ field: 'decisionTitle', position: 3, known: '' }, meeting))).toBe(
      '/meetings/7?edit=decision-23#decision-23',
    );
    expect(editTargetOf({ field: 'emphasis', position: 1, known: '' }, meeting)).toEqual({
      kind: 'decision',
      id: 21,
    });
  });

  it('sends the body’s names to the bodies page', () => {
    expect(editTargetHref(7, editTargetOf({ field: 'bodyName', known: '' }, meeting))).toBe('/admin/bodies');
    expect(editTargetOf({ field: 'meetingName', known: '' }, meeting)).toEqual({ kind: 'body' });
  });

  it('reads the form to open from the page’s address, and nothing else', () => {
    expect(recordEditTarget('meeting')).toEqual({ kind: 'meeting' });
    expect(recordEditTarget('agenda-12')).toEqual({ kind: 'agenda', id: 12 });
    expect(recordEditTarget('decision-3')).toEqual({ kind: 'decision', id: 3 });
    for (const other of [undefined, '', 'agenda-0', 'decision-x', 'body', ['meeting'], 'agenda-1 ']) {
      expect(recordEditTarget(other)).toBeNull();
    }
  });
});
