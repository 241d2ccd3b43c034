export const WORKSPACE_SECTIONS: readonly [
  'meetings',
  'review',
  'admin',
  'account',
  'notifications',
  'documents',
  'tasks',
  'received',
];
export const SESSION_COOKIES: readonly string[];
