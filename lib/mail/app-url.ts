/** Absolute URL of a path in this app, for links in emails. NEXTAUTH_URL is the public URL. */
export function appUrl(path: string): string {
  return new URL(path, process.env.NEXTAUTH_URL ?? 'http://localhost:3000').toString();
}
