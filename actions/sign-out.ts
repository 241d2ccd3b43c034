'use server';

import { signOut } from '@/web/auth';

export async function signOutUser(): Promise<void> {
  await signOut({ redirectTo: '/login' });
}
