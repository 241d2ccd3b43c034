// The staff workspace's top-level paths: the proxy sends visitors without a session from them to sign in,
// and robots.txt keeps crawlers out of them. The public site never uses these names.
export const WORKSPACE_SECTIONS = [
  'meetings',
  'review',
  'admin',
  'account',
  'notifications',
  'documents',
  'tasks',
] as const;
