import { can, type PermissionActor } from '@/domain/permissions';

/**
 * Where a signed-in user starts: the meeting register for editorial staff, the user list for an administrator
 * only, the minutes received for a unit's liaison.
 */
export function landingPath(actor: PermissionActor): string {
  if (can(actor, 'meetings.read')) return '/meetings';
  if (can(actor, 'users.manage')) return '/admin/users';
  if (can(actor, 'receivedMinutes.read')) return '/received';
  return '/account';
}
