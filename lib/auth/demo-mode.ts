/** Demo mode shows one-click personas on the sign-in page. The launcher sets DEMO_MODE (on with the embedded database). */
export function isDemoMode(): boolean {
  return process.env.DEMO_MODE === '1' || process.env.DEMO_MODE === 'true';
}
