import type { Role } from '@/domain/vocabulary';

/** Where a signed-in user starts: the meeting register for editorial staff, the user list for an administrator only. */
export function landingPath(roles: readonly Role[]): string {
  if (roles.some((r) => r === 'secretary' || r === 'reviewer' || r === 'leader')) return '/meetings';
  if (roles.includes('admin')) return '/admin/users';
  return '/account';
}
