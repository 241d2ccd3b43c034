import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '@/data/actor';
import { confirmCompletion, createFollowUpItem, fileProgressReport } from '@/data/follow-up-acts';
import { getDb, schema } from '@/db';
import type { DemoUnitKey } from '@/db/demo-directory';
import { DEMO_FOLLOW_UP_CREATED, DEMO_FOLLOW_UPS } from '@/db/demo-follow-up';

/**
 * The follow-up of the demo policy's measures: created by the secretary from the adopted policy, one reported
 * on by its unit's liaison, one done and confirmed, one left past its deadline, through the data layer.
 */
export function seedDemoFollowUp({
  meetingId,
  unitIds,
  secretary,
  liaison,
}: {
  meetingId: number;
  unitIds: Map<DemoUnitKey, number>;
  secretary: Actor;
  liaison: Actor;
}) {
  const policy = getDb()
    .select({ id: schema.decisions.id })
    .from(schema.decisions)
    .where(and(eq(schema.decisions.meetingId, meetingId), eq(schema.decisions.position, 1)))
    .get()!;
  const unit = (key: DemoUnitKey) => unitIds.get(key)!;
  for (const demo of DEMO_FOLLOW_UPS) {
    const { id } = createFollowUpItem(
      secretary,
      {
        meetingId,
        from: { decisionId: policy.id },
        task: demo.en,
        taskZh: demo.zh,
        leadUnitId: unit(demo.lead),
        coUnitIds: demo.co.map(unit),
        deadline: demo.deadline,
        responsibleLeader: demo.responsibleLeader,
        reportCycle: demo.reportCycle,
        disclosed: demo.disclosed,
      },
      { now: DEMO_FOLLOW_UP_CREATED },
    );
    const { progress } = demo;
    if (progress.kind === 'in_progress') {
      const { text, percent, milestone, at } = progress.report;
      fileProgressReport(liaison, id, { text, percent, milestone, complete: false }, { now: at });
    }
    if (progress.kind === 'done') {
      fileProgressReport(
        liaison,
        id,
        { text: progress.report.text, percent: null, milestone: '', complete: true },
        { now: progress.report.at },
      );
      confirmCompletion(secretary, id, { comment: '' }, { now: progress.confirmedAt });
    }
  }
}
