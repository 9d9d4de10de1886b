/** How long a sign-in link works. Pure, so the sign-in form can say it too. */
export const MAGIC_LINK_MAX_AGE_SECONDS = 15 * 60;
export const MAGIC_LINK_MAX_AGE_MINUTES = MAGIC_LINK_MAX_AGE_SECONDS / 60;
