import { getServerSession } from 'next-auth';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { listMemberships, type Membership } from '../db/system';
import { authOptions } from './options';
import { resolveTenantContext, type TenantContext } from './tenant-context';

// Session → TenantContext for pages and layouts. Cached per request, so the layout and the page share it.

export const getSessionUserId = cache(async (): Promise<string | null> => {
  const session = await getServerSession(authOptions);
  return session?.user?.id ?? null;
});

/** For pages under /o/[org]: signs the visitor in first; a non-member gets the 404 page. */
export const requireTenant = cache(async (orgSlug: string): Promise<TenantContext> => {
  const userId = await getSessionUserId();
  if (!userId) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/o/${orgSlug}`)}`);
  const ctx = await resolveTenantContext(userId, orgSlug);
  if (!ctx) notFound();
  return ctx;
});

/** The orgs the signed-in user belongs to, for the org switcher and the landing redirect. */
export const getMyMemberships = cache(async (): Promise<Membership[]> => {
  const userId = await getSessionUserId();
  return userId ? listMemberships(userId) : [];
});

export const getSessionEmail = cache(async (): Promise<string | null> => {
  const session = await getServerSession(authOptions);
  return session?.user?.email ?? null;
});
