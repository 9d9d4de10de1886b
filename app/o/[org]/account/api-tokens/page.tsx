import { FileJson, KeyRound } from 'lucide-react';
import type { Metadata } from 'next';
import { CreateApiTokenForm } from '@/components/api-tokens/create-api-token-form';
import { AccountTabs } from '@/components/shell/account-tabs';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { InlineActionForm } from '@/components/ui/inline-action-form';
import { PageHeader } from '@/components/ui/page-header';
import { API_TOKEN_EXPIRY_DAYS, API_TOKEN_SCOPE_DESCRIPTIONS, grantableApiTokenScopes, listApiTokens } from '@/lib/api-tokens';
import { requireTenant } from '@/lib/auth/session';
import { appUrl } from '@/lib/mail';
import { createApiTokenAction, revokeApiTokenAction } from './actions';

export const metadata: Metadata = { title: 'API tokens' };

export default async function ApiTokensPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await requireTenant((await params).org);
  const { tokens, timeZone } = await listApiTokens(ctx);
  const day = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone });
  const moment = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const scopes = grantableApiTokenScopes(ctx.role).map((scope) => ({ scope, description: API_TOKEN_SCOPE_DESCRIPTIONS[scope] }));

  return (
    <>
      <PageHeader title="API tokens" description="A personal token lets your own tools, such as a chat bot or a calendar script, use the Peerbridge API as you, with only the permissions you give it." />
      <AccountTabs orgSlug={ctx.orgSlug} current="api-tokens" />

      <div className="flex max-w-3xl flex-col gap-6">
        <Card title="Create a token">
          <CreateApiTokenForm orgSlug={ctx.orgSlug} action={createApiTokenAction} scopes={scopes} expiryDays={API_TOKEN_EXPIRY_DAYS} apiBase={appUrl('/api/v1')} />
        </Card>

        <Card title="Your tokens" description={tokens.length ? `Dates in your time zone (${timeZone.replace(/_/g, ' ')}). Revoke a token you no longer use, or one that may have leaked.` : undefined}>
          {tokens.length === 0 ? (
            <EmptyState icon={KeyRound} title="No API tokens yet" headingLevel={3} compact>
              <p>Tokens you create appear here, with when they were last used.</p>
            </EmptyState>
          ) : (
            <ul className="-my-2 divide-y divide-slate-100" data-testid="api-tokens">
              {tokens.map((token) => (
                <li key={token.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between">
                  <div className="min-w-0 text-sm">
                    <p className="flex flex-wrap items-center gap-2">
                      <span className="font-medium text-slate-900">{token.name}</span>
                      <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700">{token.prefix}…</code>
                      {token.expired && <Badge tone="amber">Expired</Badge>}
                    </p>
                    <p className="mt-1 flex flex-wrap gap-1.5">
                      {token.scopes.map((scope) => (
                        <Badge key={scope} tone="brand">
                          {scope}
                        </Badge>
                      ))}
                    </p>
                    <p className="mt-1.5 text-slate-600">
                      Created {day.format(token.createdAt)} · {token.lastUsedAt ? `last used ${moment.format(token.lastUsedAt)}` : 'never used'} ·{' '}
                      {token.expiresAt ? `${token.expired ? 'expired' : 'expires'} ${day.format(token.expiresAt)}` : 'never expires'}
                    </p>
                  </div>
                  <InlineActionForm
                    action={revokeApiTokenAction}
                    fields={{ orgSlug: ctx.orgSlug, tokenId: token.id }}
                    label="Revoke"
                    context={token.name}
                    tone="danger"
                    confirmText={`Revoke “${token.name}”? Anything using it will stop working at once.`}
                  />
                </li>
              ))}
            </ul>
          )}
        </Card>

        <p className="flex items-start gap-2 text-sm text-slate-600">
          <FileJson aria-hidden className="mt-0.5 size-4 shrink-0 text-slate-500" />
          <span>
            The API lists your sessions, your mentors’ free times, and books and cancels sessions. It is described in the{' '}
            <a href="/api/v1/openapi.json" className="font-medium text-brand-700 underline underline-offset-2">
              OpenAPI document
            </a>
            .
          </span>
        </p>
      </div>
    </>
  );
}
