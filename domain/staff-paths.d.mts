export const WORKSPACE_SECTIONS: readonly [
  'meetings',
  'review',
  'admin',
  'account',
  'notifications',
  'documents',
  'tasks',
  'received',
  'follow-up',
  'dashboard',
];
export function isStaffPath(pathname: string): boolean;
export const SESSION_COOKIES: readonly string[];
