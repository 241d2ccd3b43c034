export async function register() {
  // Only in the Node.js server, and never while building: a build must not read or create a database.
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { prepareDatabase } = await import('./server/startup');
  await prepareDatabase();
}
