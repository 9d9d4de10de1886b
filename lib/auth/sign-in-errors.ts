import { MAGIC_LINK_MAX_AGE_MINUTES } from './magic-link-lifetime';

// What the sign-in page says for each `?error=` that next-auth (or our signIn callback) sends it, and what the
// email form says when a request is refused. None of the messages says whether an account exists for an
// address. Pure: the sign-in form uses it in the browser.

export type SignInErrorCode =
  | 'Verification'
  | 'RateLimited'
  | 'SsoEmailNotVerified'
  | 'SsoEmailMissing'
  | 'SsoFailed'
  | 'EmailSignin'
  | 'AccessDenied'
  | 'Default';

const SSO_FAILURES = new Set(['OAuthSignin', 'OAuthCallback', 'OAuthCreateAccount', 'OAuthAccountNotLinked', 'Callback']);

export function signInErrorCode(error: string | undefined | null): SignInErrorCode | null {
  if (!error) return null;
  if (error === 'Verification' || error === 'RateLimited' || error === 'SsoEmailNotVerified' || error === 'SsoEmailMissing' || error === 'EmailSignin' || error === 'AccessDenied') {
    return error;
  }
  if (error === 'EmailCreateAccount') return 'EmailSignin';
  if (SSO_FAILURES.has(error)) return 'SsoFailed';
  return 'Default';
}

export function signInErrorMessage(code: SignInErrorCode, options: { ssoName?: string; retryAfterMinutes?: number } = {}): string {
  const sso = options.ssoName ?? 'single sign-on';
  switch (code) {
    case 'Verification':
      return `That sign-in link cannot be used: it was already used or it has expired. Links work once, for ${MAGIC_LINK_MAX_AGE_MINUTES} minutes. Ask for a new one below.`;
    case 'RateLimited':
      return tooManyAttempts(options.retryAfterMinutes);
    case 'SsoEmailNotVerified':
      return `${sso} did not confirm that your email address is verified, so we cannot sign you in with it. Ask your IT team to verify the email address on your account, or use an email link instead.`;
    case 'SsoEmailMissing':
      return `${sso} did not share an email address, so we cannot sign you in with it. Ask your IT team to release the email claim to Peerbridge, or use an email link instead.`;
    case 'SsoFailed':
      return `Signing in with ${sso} did not complete. Please try again, or use an email link instead.`;
    case 'EmailSignin':
      return 'We could not send a sign-in link to that address. Check it and try again.';
    case 'AccessDenied':
      return 'That sign-in was not allowed. Please try again or use another way to sign in.';
    case 'Default':
      return 'We could not sign you in. Please try again.';
  }
}

export function tooManyAttempts(retryAfterMinutes: number | undefined): string {
  const minutes = retryAfterMinutes && Number.isFinite(retryAfterMinutes) && retryAfterMinutes > 0 ? Math.ceil(retryAfterMinutes) : null;
  const wait = minutes ? `in ${minutes} minute${minutes === 1 ? '' : 's'}` : 'in a few minutes';
  return `Too many sign-in links were requested for this address or from this network. Please try again ${wait}.`;
}
