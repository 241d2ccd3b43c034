import type { MissingField } from './meeting-languages';

// Where each record field a release quotes is edited: the list of what a release still lacks links every
// entry to its form, which the meeting's page opens when the address names it (`?edit=…`).

export type EditTarget =
  { kind: 'meeting' } | { kind: 'agenda'; id: number } | { kind: 'decision'; id: number } | { kind: 'body' };

export const MEETING_DETAILS_ANCHOR = 'meeting-details';
export const agendaItemAnchor = (id: number) => `agenda-item-${id}`;
export const decisionAnchor = (id: number) => `decision-${id}`;

/** The form a missing field is edited in; an agenda item or decision by its place in the meeting's list. */
export function editTargetOf(
  missing: MissingField,
  meeting: { agendaItems: { id: number }[]; decisions: { id: number }[] },
): EditTarget {
  const at = (list: { id: number }[]) => list[(missing.position ?? 1) - 1]?.id;
  switch (missing.field) {
    case 'bodyName':
    case 'meetingName':
      return { kind: 'body' };
    case 'chairName':
    case 'chairTitle':
    case 'purpose':
      return { kind: 'meeting' };
    case 'stressed': {
      const id = at(meeting.agendaItems);
      return id === undefined ? { kind: 'meeting' } : { kind: 'agenda', id };
    }
    case 'decisionTitle':
    case 'emphasis': {
      const id = at(meeting.decisions);
      return id === undefined ? { kind: 'meeting' } : { kind: 'decision', id };
    }
  }
}

/** The address of a target's form: the meeting's page with that form open, or the bodies page. */
export function editTargetHref(meetingId: number, target: EditTarget): string {
  const page = `/meetings/${meetingId}`;
  switch (target.kind) {
    case 'body':
      return '/admin/bodies';
    case 'meeting':
      return `${page}?edit=meeting#${MEETING_DETAILS_ANCHOR}`;
    case 'agenda':
      return `${page}?edit=agenda-${target.id}#${agendaItemAnchor(target.id)}`;
    case 'decision':
      return `${page}?edit=decision-${target.id}#${decisionAnchor(target.id)}`;
  }
}

/** The form the meeting's page opens, read from its `edit` parameter; anything else opens none. */
export function recordEditTarget(param: unknown): EditTarget | null {
  if (param === 'meeting') return { kind: 'meeting' };
  const match = typeof param === 'string' ? /^(agenda|decision)-([1-9]\d{0,9})$/.exec(param) : null;
  if (!match) return null;
  return { kind: match[1] as 'agenda' | 'decision', id: Number(match[2]) };
}
