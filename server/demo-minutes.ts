import 'server-only';
import type { Actor } from '@/data/actor';
import {
  addAssignment,
  addAttendee,
  recordItemOutcome,
  setMinutesDistribution,
} from '@/data/minutes-records';
import { approveStep, draftReleaseFromRecords, publishDocument, submitForReview } from '@/data/workflow';
import type { DemoUnitKey } from '@/db/demo-directory';
import { DEMO_ATTENDANCE, DEMO_DISTRIBUTION, DEMO_MINUTES_TIMES, DEMO_OUTCOMES } from '@/db/demo-minutes';

type Seeding = {
  meetingId: number;
  minutesId: number;
  agendaIds: number[];
  unitIds: Map<DemoUnitKey, number>;
  personIds: Map<string, number>;
  secretary: Actor;
  leader: Actor;
};

/**
 * The demo meeting's minutes: its attendance, each item's conclusion and assignment and the distribution
 * recorded by the secretary, the minutes drafted from them, signed by the leader and issued, through the
 * data layer's real code.
 */
export function seedDemoMinutes({
  meetingId,
  minutesId,
  agendaIds,
  unitIds,
  personIds,
  secretary,
  leader,
}: Seeding) {
  const unit = (key: DemoUnitKey) => unitIds.get(key)!;
  for (const { role, person, guest, reason } of DEMO_ATTENDANCE) {
    addAttendee(secretary, meetingId, {
      role,
      personId: person ? personIds.get(person)! : null,
      name: guest?.name ?? '',
      nameZh: guest?.nameZh ?? '',
      title: guest?.title ?? '',
      titleZh: guest?.titleZh ?? '',
      unitId: guest?.unit ? unit(guest.unit) : null,
      reason: reason?.en ?? '',
      reasonZh: reason?.zh ?? '',
    });
  }
  DEMO_OUTCOMES.forEach(({ deliberation, conclusion, assignment }, i) => {
    const agendaItemId = agendaIds[i]!;
    recordItemOutcome(secretary, meetingId, {
      agendaItemId,
      deliberation: deliberation.en,
      deliberationZh: deliberation.zh,
      conclusion,
    });
    addAssignment(secretary, meetingId, {
      agendaItemId,
      task: assignment.en,
      taskZh: assignment.zh,
      leadUnitId: unit(assignment.lead),
      coUnitIds: assignment.co.map(unit),
      deadline: assignment.deadline,
    });
  });
  setMinutesDistribution(secretary, meetingId, {
    classification: 'internal',
    main: DEMO_DISTRIBUTION.main.map(unit),
    cc: DEMO_DISTRIBUTION.cc.map(unit),
  });

  const times = DEMO_MINUTES_TIMES;
  const { revisionId } = draftReleaseFromRecords(secretary, minutesId, null, { now: times.drafted });
  submitForReview(secretary, minutesId, { now: times.submitted });
  approveStep(leader, minutesId, revisionId, '', { now: times.approved }, { confidentiality: true });
  publishDocument(leader, minutesId, {}, { now: times.issued });
}
