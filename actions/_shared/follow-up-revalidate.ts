import 'server-only';
import { revalidatePath } from 'next/cache';

/**
 * After a change to a follow-up item: the register and its pages, the dashboard, and the release pages (their
 * link to the meeting's disclosed items). The public progress page and its feed are read on every request.
 */
export function revalidateFollowUp() {
  revalidatePath('/follow-up', 'layout');
  revalidatePath('/dashboard');
  revalidatePath('/[lang]/releases/[year]/[slug]', 'page');
}
