import 'server-only';
import { revalidatePath } from 'next/cache';

/** After a document changes: its workspace pages, and the public pages that may show it. */
export function revalidateDocument(meetingId: number, options: { publicPages?: boolean } = {}) {
  revalidatePath(`/meetings/${meetingId}`, 'layout');
  revalidatePath('/review');
  if (options.publicPages) revalidatePath('/', 'layout');
}
