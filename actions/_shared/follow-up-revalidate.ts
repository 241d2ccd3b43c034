import 'server-only';
import { revalidatePath } from 'next/cache';

/** After a change to a follow-up item: the register and its pages, the dashboard, the public progress pages. */
export function revalidateFollowUp() {
  revalidatePath('/follow-up', 'layout');
  revalidatePath('/dashboard');
  revalidatePath('/[lang]/progress', 'layout');
}
