import 'server-only';
import { revalidatePath } from 'next/cache';
import { documentPagePath, minutesRecordsPath } from '@/domain/workspace-paths';

/** After a change to the minutes' records: their page, and the minutes' page (its check reads them). */
export function revalidateMinutesRecords(meetingId: number) {
  revalidatePath(minutesRecordsPath(meetingId));
  revalidatePath(documentPagePath(meetingId, 'minutes'));
}
