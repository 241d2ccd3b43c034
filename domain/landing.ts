import { can, type PermissionActor } from '@/domain/permissions';

/** Where a signed-in user starts: the meeting register for editorial staff, the user list for an administrator only. */
export function landingPath(actor: PermissionActor): string {
  if (can(actor, 'meetings.read')) return '/meetings';
  if (can(actor, 'users.manage')) return '/admin/users';
  return '/account';
}
