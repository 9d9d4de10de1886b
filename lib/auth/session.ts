import { getServerSession } from 'next-auth';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { listMemberships, type Membership } from '../db/system';
import { authOptions } from './options';
import { contextFromMembership, type TenantContext } from './tenant-context';

// Session → TenantContext for pages and layouts. Cached per request, so the layout and the page share the
// session and one membership query.

const getSession = cache(() => getServerSession(authOptions));

export const getSessionUserId = cache(async (): Promise<string | null> => (await getSession())?.user?.id ?? null);

export const getSessionEmail = cache(async (): Promise<string | null> => (await getSession())?.user?.email ?? null);

/** The orgs the signed-in user belongs to, for the org switcher and the landing redirect. */
export const getMyMemberships = cache(async (): Promise<Membership[]> => {
  const userId = await getSessionUserId();
  return userId ? listMemberships(userId) : [];
});

/** For pages under /o/[org]: signs the visitor in first; a non-member gets the 404 page. */
export const requireTenant = cache(async (orgSlug: string): Promise<TenantContext> => {
  const userId = await getSessionUserId();
  if (!userId) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/o/${orgSlug}`)}`);
  const membership = (await getMyMemberships()).find((m) => m.orgSlug === orgSlug);
  if (!membership) notFound();
  return contextFromMembership(userId, membership);
});
