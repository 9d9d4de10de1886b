import { Compass } from 'lucide-react';
import { connection } from 'next/server';
import { ButtonLink } from '@/components/ui/button';
import { Logo } from '@/components/ui/logo';

// Rendered per request (not prerendered) so its scripts carry the CSP nonce from proxy.ts.
export default async function NotFound() {
  await connection();
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-4 px-4 text-center">
      <Logo />
      <Compass aria-hidden className="mt-6 size-10 text-brand-600" />
      <h1 className="text-2xl font-semibold text-slate-900">Page not found</h1>
      <p className="max-w-md text-sm text-slate-600">This page does not exist, or you do not have access to it. Check the address, or go back to your home page.</p>
      <ButtonLink href="/">Go to my home page</ButtonLink>
    </main>
  );
}
