import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Native modules stay outside the bundle; Next loads them from node_modules at run time.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2'],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
