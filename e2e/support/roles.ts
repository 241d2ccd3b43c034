import path from 'node:path';
import { DEMO_USERS } from '../../db/demo-records';

export type DemoRole = 'secretary' | 'reviewer' | 'leader' | 'admin' | 'liaison';

export const storageState = (role: DemoRole) => path.join(__dirname, '..', '.auth', `${role}.json`);

export function demoUser(role: DemoRole) {
  const user = DEMO_USERS.find((u) => u.username === role);
  if (!user) throw new Error(`no demo user for ${role}`);
  return user;
}
