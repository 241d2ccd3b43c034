import { describe, expect, it } from 'vitest';
import {
  assignmentForm,
  attendeeForm,
  distributionChoiceOf,
  distributionForm,
  distributionLists,
  itemOutcomeForm,
} from './minutes-record-inputs';

const issuesOf = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.error?.issues ?? []).map((i) => `${String(i.path[0])}: ${i.message}`);

describe('the attendance form', () => {
  it('takes a person picked from the body’s people without a typed name', () => {
    const parsed = attendeeForm.parse({ meetingId: '3', personId: '7', role: 'present' });
    expect(parsed).toMatchObject({ meetingId: 3, personId: 7, role: 'present', name: '', unitId: null });
  });

  it('asks a guest’s name in one language at least, on both inputs', () => {
    const result = attendeeForm.safeParse({ meetingId: '3', personId: '', role: 'non_voting' });
    expect(issuesOf(result)).toEqual([
      'name: validation.eitherLanguage',
      'nameZh: validation.eitherLanguage',
    ]);
    expect(
      attendeeForm.parse({ meetingId: '3', personId: '', role: 'non_voting', nameZh: '王明', unitId: '2' }),
    ).toMatchObject({ personId: null, nameZh: '王明', unitId: 2 });
  });

  it('keeps a reason for an absence only', () => {
    const absent = attendeeForm.parse({
      meetingId: '3',
      personId: '7',
      role: 'absent',
      reasonZh: '因公出差',
    });
    expect(absent.reasonZh).toBe('因公出差');
    const present = attendeeForm.parse({
      meetingId: '3',
      personId: '7',
      role: 'present',
      reasonZh: '因公出差',
    });
    expect(present.reasonZh).toBe('');
  });

  it('refuses a role that is not one of the four', () => {
    expect(issuesOf(attendeeForm.safeParse({ meetingId: '3', personId: '7', role: 'chair' }))).toEqual([
      'role: validation.choice',
    ]);
  });
});

describe('an item’s outcome', () => {
  it('reads "not recorded" as no conclusion', () => {
    expect(
      itemOutcomeForm.parse({ meetingId: '1', agendaItemId: '2', conclusion: '' }).conclusion,
    ).toBeNull();
    expect(
      itemOutcomeForm.parse({ meetingId: '1', agendaItemId: '2', conclusion: 'revise_resubmit' }).conclusion,
    ).toBe('revise_resubmit');
    expect(
      issuesOf(itemOutcomeForm.safeParse({ meetingId: '1', agendaItemId: '2', conclusion: 'adopted' })),
    ).toEqual(['conclusion: validation.choice']);
  });
});

describe('an assignment', () => {
  const base = { meetingId: '1', agendaItemId: '2', taskZh: '抓紧制定实施细则', leadUnitId: '4' };

  it('carries its co-operating units and a deadline that may be empty', () => {
    expect(
      assignmentForm.parse({ ...base, 'coUnitIds[]': ['5', '6'], deadline: '2024-03-31' }),
    ).toMatchObject({
      leadUnitId: 4,
      coUnitIds: [5, 6],
      deadline: '2024-03-31',
    });
    expect(assignmentForm.parse({ ...base, deadline: '' })).toMatchObject({ coUnitIds: [], deadline: null });
  });

  it('refuses a deadline that is not a calendar day', () => {
    expect(issuesOf(assignmentForm.safeParse({ ...base, deadline: '2024-02-30' }))).toEqual([
      'deadline: validation.date',
    ]);
    expect(issuesOf(assignmentForm.safeParse({ ...base, deadline: '31/03/2024' }))).toEqual([
      'deadline: validation.date',
    ]);
  });

  it('asks the task in one language at least, and a lead unit', () => {
    expect(issuesOf(assignmentForm.safeParse({ ...base, taskZh: ' ' }))).toEqual([
      'task: validation.eitherLanguage',
      'taskZh: validation.eitherLanguage',
    ]);
    expect(issuesOf(assignmentForm.safeParse({ ...base, leadUnitId: '' }))).toEqual([
      'leadUnitId: validation.required',
    ]);
  });
});

describe('the distribution', () => {
  it('splits the per-unit choices into main recipients and copies, in the units’ order', () => {
    expect(distributionLists([1, 2, 3, 4], ['cc', 'main', 'none', 'main'])).toEqual({
      main: [2, 4],
      cc: [1],
    });
  });

  it('keeps the first choice of a unit listed twice', () => {
    expect(distributionLists([1, 1], ['main', 'cc'])).toEqual({ main: [1], cc: [] });
  });

  it('parses the form, refusing lists of different lengths', () => {
    expect(
      distributionForm.parse({
        meetingId: '9',
        classification: 'restricted',
        'unitId[]': ['1', '2'],
        'kind[]': ['main', 'cc'],
      }),
    ).toEqual({ meetingId: 9, classification: 'restricted', main: [1], cc: [2] });
    expect(
      distributionForm.safeParse({
        meetingId: '9',
        classification: 'internal',
        'unitId[]': ['1'],
        'kind[]': [],
      }).success,
    ).toBe(false);
  });

  it('shows each unit’s recorded choice', () => {
    const recorded = [{ unitId: 2, kind: 'cc' as const }];
    expect(distributionChoiceOf(recorded, 2)).toBe('cc');
    expect(distributionChoiceOf(recorded, 3)).toBe('none');
  });
});
