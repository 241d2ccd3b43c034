import { describe, expect, it } from 'vitest';
import {
  isDueSoon,
  isOverdue,
  mayAct,
  periodEnd,
  reportOwed,
  reportPeriod,
  stateAfterReport,
  statusOf,
  todayIn,
  validExtension,
} from './follow-up';

describe('overdue', () => {
  it('is overdue from the day after the deadline, not on it', () => {
    expect(isOverdue('in_progress', '2024-03-31', '2024-03-31')).toBe(false);
    expect(isOverdue('in_progress', '2024-03-31', '2024-04-01')).toBe(true);
    expect(statusOf('not_started', '2024-03-31', '2024-04-01')).toBe('overdue');
  });

  it('is never overdue when done, cancelled, or without a deadline', () => {
    expect(statusOf('done', '2024-03-31', '2024-05-01')).toBe('done');
    expect(statusOf('cancelled', '2024-03-31', '2024-05-01')).toBe('cancelled');
    expect(statusOf('in_progress', null, '2030-01-01')).toBe('in_progress');
  });

  it("takes the day in the site's zone: 16:30 UTC on the deadline is already the next day in Shanghai", () => {
    const instant = new Date('2024-03-31T16:30:00Z');
    expect(todayIn(instant, 'UTC')).toBe('2024-03-31');
    expect(todayIn(instant, 'Asia/Shanghai')).toBe('2024-04-01');
    expect(isOverdue('in_progress', '2024-03-31', todayIn(instant, 'UTC'))).toBe(false);
    expect(isOverdue('in_progress', '2024-03-31', todayIn(instant, 'Asia/Shanghai'))).toBe(true);
    // One minute before midnight in Shanghai (15:59 UTC) the deadline day is not yet over.
    expect(todayIn(new Date('2024-03-31T15:59:00Z'), 'Asia/Shanghai')).toBe('2024-03-31');
  });

  it('moves with an accepted extension', () => {
    expect(isOverdue('in_progress', '2024-03-31', '2024-04-10')).toBe(true);
    expect(isOverdue('in_progress', '2024-04-30', '2024-04-10')).toBe(false);
  });
});

describe('due soon', () => {
  it('counts the deadline day and the days before it, within the setting', () => {
    expect(isDueSoon('in_progress', '2024-04-07', '2024-04-01', 5)).toBe(false);
    expect(isDueSoon('in_progress', '2024-04-07', '2024-04-01', 6)).toBe(true);
    expect(isDueSoon('in_progress', '2024-04-01', '2024-04-01', 0)).toBe(true);
    expect(isDueSoon('in_progress', '2024-03-31', '2024-04-01', 7)).toBe(false);
    expect(isDueSoon('done', '2024-04-02', '2024-04-01', 7)).toBe(false);
  });
});

describe('report cycles', () => {
  it('names the period a day falls in', () => {
    expect(reportPeriod('monthly', '2024-02-29')).toBe('2024-02');
    expect(reportPeriod('quarterly', '2024-02-29')).toBe('2024-Q1');
    expect(reportPeriod('quarterly', '2024-10-01')).toBe('2024-Q4');
    expect(reportPeriod('none', '2024-10-01')).toBeNull();
    expect(periodEnd('monthly', '2024-02-10')).toBe('2024-02-29');
    expect(periodEnd('quarterly', '2024-05-10')).toBe('2024-06-30');
  });

  it("owes a report in the period's last week when none was filed in the period", () => {
    expect(reportOwed('monthly', 'in_progress', null, '2024-02-21')).toBe(null);
    expect(reportOwed('monthly', 'in_progress', null, '2024-02-22')).toBe('2024-02');
    expect(reportOwed('monthly', 'in_progress', '2024-01-30', '2024-02-22')).toBe('2024-02');
    expect(reportOwed('monthly', 'in_progress', '2024-02-03', '2024-02-22')).toBe(null);
    expect(reportOwed('quarterly', 'not_started', null, '2024-03-25')).toBe('2024-Q1');
    expect(reportOwed('quarterly', 'not_started', null, '2024-02-25')).toBe(null);
    expect(reportOwed('monthly', 'done', null, '2024-02-28')).toBe(null);
    expect(reportOwed('none', 'in_progress', null, '2024-02-28')).toBe(null);
  });
});

describe('acts', () => {
  it('allows acts only on open items, one extension request at a time', () => {
    expect(mayAct('report', 'in_progress', false)).toBe(true);
    expect(mayAct('report', 'done', false)).toBe(false);
    expect(mayAct('request_extension', 'in_progress', true)).toBe(false);
    expect(mayAct('decide_extension', 'in_progress', true)).toBe(true);
    expect(mayAct('decide_extension', 'in_progress', false)).toBe(false);
    expect(mayAct('cancel', 'cancelled', false)).toBe(false);
    expect(mayAct('confirm_completion', 'not_started', false)).toBe(true);
  });

  it('starts an item on its first report and extends only to a later day', () => {
    expect(stateAfterReport('not_started')).toBe('in_progress');
    expect(stateAfterReport('in_progress')).toBe('in_progress');
    expect(validExtension('2024-03-31', '2024-04-30', '2024-03-20')).toBe(true);
    expect(validExtension('2024-03-31', '2024-03-30', '2024-03-20')).toBe(false);
    expect(validExtension('2024-03-31', '2024-03-19', '2024-03-20')).toBe(false);
  });
});
