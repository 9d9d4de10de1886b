// A real OpenID Connect provider for the SSO tests (the npm package oidc-provider, v9), with one client
// (Peerbridge on the e2e port), two accounts and a minimal login page. Started by playwright.config.ts:
//   node_modules/.bin/tsx tests/e2e/support/oidc-provider.mjs
// Plain JavaScript because oidc-provider ships no type declarations; tsx lets it import oidc-ports.ts.
// Consent is implied for this first-party client, so the only interaction is the login form.
import { createServer } from 'node:http';
import Provider from 'oidc-provider';
import { OIDC_ACCOUNTS, OIDC_CLIENT, OIDC_ISSUER, OIDC_PASSWORD, OIDC_PORT } from './oidc-ports.ts';

const configuration = {
  clients: [
    {
      client_id: OIDC_CLIENT.clientId,
      client_secret: OIDC_CLIENT.clientSecret,
      redirect_uris: [OIDC_CLIENT.redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  // PKCE for every client, not only public ones: the app must send a code challenge.
  pkce: { required: () => true },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  cookies: { keys: ['peerbridge-e2e-oidc-cookie-key'] },
  async findAccount(_ctx, sub) {
    const account = OIDC_ACCOUNTS.find((a) => a.sub === sub);
    if (!account) return undefined;
    return {
      accountId: account.sub,
      async claims() {
        return { sub: account.sub, email: account.email, email_verified: account.emailVerified, name: account.name };
      },
    };
  },
  async loadExistingGrant(ctx) {
    const { provider, client, session, result } = ctx.oidc;
    const grantId = result?.consent?.grantId || (client && session?.grantIdFor(client.clientId));
    if (grantId) return provider.Grant.find(grantId);
    if (!client || !session?.accountId) return undefined;
    const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
};

const provider = new Provider(OIDC_ISSUER, configuration);
const oidc = provider.callback();

function escapeHtml(value) {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function loginPage(uid, error, email = '') {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Acme SSO</title>
<style>body{font-family:system-ui,sans-serif;max-width:22rem;margin:4rem auto;padding:0 1rem}label{display:block;margin-top:1rem}input{width:100%;padding:.4rem;box-sizing:border-box}button{margin-top:1.25rem;padding:.5rem 1rem}.error{color:#b91c1c}</style>
</head><body><main>
<h1>Acme SSO</h1>
<p>Local identity provider for Peerbridge's end-to-end tests.</p>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/interaction/${escapeHtml(uid)}">
<label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username" value="${escapeHtml(email)}" required>
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in to Acme SSO</button>
</form></main></body></html>`;
}

async function readForm(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function send(res, status, html) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
}

async function interaction(req, res, uid) {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) return send(res, 400, 'Interaction mismatch');
  if (details.prompt.name === 'consent') {
    // First-party client: grant what it asked for.
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: details.session.accountId, clientId: String(details.params.client_id) });
    const missing = details.prompt.details.missingOIDCScope;
    if (missing) grant.addOIDCScope(missing.join(' '));
    const grantId = await grant.save();
    return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }
  if (req.method === 'GET') return send(res, 200, loginPage(uid));
  const form = await readForm(req);
  const email = (form.get('email') ?? '').trim().toLowerCase();
  const account = OIDC_ACCOUNTS.find((a) => a.email === email);
  if (!account || form.get('password') !== OIDC_PASSWORD) return send(res, 200, loginPage(uid, 'Unknown email or wrong password.', email));
  await provider.interactionFinished(req, res, { login: { accountId: account.sub } }, { mergeWithLastSubmission: false });
}

const server = createServer((req, res) => {
  const match = /^\/interaction\/([^/?]+)/.exec(req.url ?? '');
  if (!match) return void oidc(req, res);
  interaction(req, res, match[1]).catch((error) => {
    console.error('[oidc-provider]', error);
    if (!res.headersSent) send(res, 500, `Interaction failed: ${escapeHtml(String(error))}`);
  });
});

server.listen(OIDC_PORT, 'localhost', () => console.log(`[oidc-provider] ${OIDC_ISSUER} ready`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
