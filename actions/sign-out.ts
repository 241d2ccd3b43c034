'use server';

import { signOut } from '@/auth';

export async function signOutUser(): Promise<void> {
  await signOut({ redirectTo: '/login' });
}
