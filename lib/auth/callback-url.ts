// Where to send someone after sign-in. Only paths on this site are accepted, so a crafted
// `callbackUrl=https://evil.example` (or the protocol-relative `//evil.example`) cannot turn the sign-in
// page into an open redirect.

/** The value if it is a path on this site ("/o/acme?x=1"), otherwise undefined. */
export function safeCallbackPath(value: string | null | undefined): string | undefined {
  if (!value || !value.startsWith('/')) return undefined;
  // "//host" and "/\host" are read by browsers as another host.
  if (value.startsWith('//') || value.startsWith('/\\')) return undefined;
  // Control characters (e.g. a tab inside "/\t/evil.example") are dropped by URL parsers.
  if (/[\u0000-\u001f\u007f]/.test(value)) return undefined;
  return value;
}

/** next-auth's redirect callback: a safe path or an absolute URL on our own origin; anything else goes home. */
export function resolveRedirect(url: string, baseUrl: string): string {
  const path = safeCallbackPath(url);
  if (path) return `${baseUrl}${path}`;
  try {
    const target = new URL(url);
    const base = new URL(baseUrl);
    if (target.origin === base.origin) return target.toString();
  } catch {
    // not a URL at all
  }
  return baseUrl;
}
