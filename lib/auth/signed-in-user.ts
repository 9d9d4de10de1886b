import { findUserById, type SignInUser } from '../db/system';
import { getSessionUserId } from './session';

/** The signed-in user's identity (for "signed in as …"), or null when signed out or the user is gone. */
export async function getSignedInUser(): Promise<SignInUser | null> {
  const userId = await getSessionUserId();
  return userId ? findUserById(userId) : null;
}
