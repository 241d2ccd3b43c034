/**
 * Follow-up of what a meeting decided (督办): the states an item is kept in, the status it shows, and the
 * calendar rules (deadline, due soon, report cycles). Pure: every "today" is a calendar date in the site's
 * time zone, computed by the caller from its clock (see todayIn).
 */
import { isoDateInZone } from './dates';

/** What is stored. "Overdue" is never stored: it follows from the deadline and today. */
export const FOLLOW_UP_STATES = ['not_started', 'in_progress', 'done', 'cancelled'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

/** What an item shows: its state, or overdue when it is still open after its deadline. */
export const FOLLOW_UP_STATUSES = ['not_started', 'in_progress', 'overdue', 'done', 'cancelled'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const REPORT_CYCLES = ['none', 'monthly', 'quarterly'] as const;
export type ReportCycle = (typeof REPORT_CYCLES)[number];

/** Where an item came from: an assignment in the minutes, a decision, or an agenda item. */
export const FOLLOW_UP_SOURCES = ['minutes', 'decision', 'agenda_item'] as const;
export type FollowUpSource = (typeof FOLLOW_UP_SOURCES)[number];

/** An item's history: what was reported, asked and decided on it. */
export const FOLLOW_UP_EVENT_KINDS = [
  'created',
  'updated',
  'report',
  'completion_reported',
  'completion_confirmed',
  'extension_requested',
  'extension_accepted',
  'extension_refused',
  'cancelled',
] as const;
export type FollowUpEventKind = (typeof FOLLOW_UP_EVENT_KINDS)[number];

export const REMINDER_KINDS = ['due_soon', 'overdue', 'report_due'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** The calendar day an instant falls on where the site is (a deadline is that zone's day). */
export const todayIn = (now: Date, timeZone: string): string => isoDateInZone(now, timeZone);

const isOpen = (state: FollowUpState) => state === 'not_started' || state === 'in_progress';

/** An open item is overdue from the day after its deadline: the deadline day itself is still in time. */
export function isOverdue(state: FollowUpState, deadline: string | null, today: string): boolean {
  return isOpen(state) && deadline !== null && today > deadline;
}

export function statusOf(state: FollowUpState, deadline: string | null, today: string): FollowUpStatus {
  return isOverdue(state, deadline, today) ? 'overdue' : state;
}

/** Days from one calendar date to another (both 'YYYY-MM-DD'). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** An open item whose deadline is today or within the next `days` days. */
export function isDueSoon(
  state: FollowUpState,
  deadline: string | null,
  today: string,
  days: number,
): boolean {
  if (!isOpen(state) || deadline === null) return false;
  const left = daysBetween(today, deadline);
  return left >= 0 && left <= days;
}

/** The report period a day falls in: '2024-03' for a monthly cycle, '2024-Q1' for a quarterly one. */
export function reportPeriod(cycle: ReportCycle, day: string): string | null {
  if (cycle === 'none') return null;
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return cycle === 'monthly'
    ? `${year}-${String(month).padStart(2, '0')}`
    : `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** The last day of the report period a day falls in. */
export function periodEnd(cycle: Exclude<ReportCycle, 'none'>, day: string): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const lastMonth = cycle === 'monthly' ? month : Math.ceil(month / 3) * 3;
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, lastMonth, 0)).toISOString().slice(0, 10);
}

/**
 * The period whose report is owed: an open item on a cycle with no report yet in the current period, in
 * the period's last week (asked for before the period closes, not chased on its first day).
 */
export function reportOwed(
  cycle: ReportCycle,
  state: FollowUpState,
  lastReportDay: string | null,
  today: string,
): string | null {
  if (cycle === 'none' || !isOpen(state)) return null;
  const period = reportPeriod(cycle, today);
  if (daysBetween(today, periodEnd(cycle, today)) > 7) return null;
  if (lastReportDay !== null && reportPeriod(cycle, lastReportDay) === period) return null;
  return period;
}

/** The acts on an item, and the states each may be taken from. */
export type FollowUpAct =
  'report' | 'request_extension' | 'decide_extension' | 'confirm_completion' | 'cancel';

export function mayAct(act: FollowUpAct, state: FollowUpState, pendingExtension: boolean): boolean {
  switch (act) {
    case 'report':
    case 'cancel':
      return isOpen(state);
    case 'request_extension':
      return isOpen(state) && !pendingExtension;
    case 'decide_extension':
      return isOpen(state) && pendingExtension;
    case 'confirm_completion':
      return isOpen(state);
  }
}

/** A report moves a not-started item into progress; a completion report waits for the secretariat. */
export function stateAfterReport(state: FollowUpState): FollowUpState {
  return state === 'not_started' ? 'in_progress' : state;
}

/** An extension moves the deadline later, never earlier (an earlier date is a new item, not an extension). */
export function validExtension(current: string | null, requested: string, today: string): boolean {
  return requested >= today && (current === null || requested > current);
}
