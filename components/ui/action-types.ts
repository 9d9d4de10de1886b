import type { ActionResult } from '@/lib/auth/tenant-action';

/** A server action built with tenantAction/userAction, as a client component receives it. */
export type FormAction<R = unknown> = (previous: ActionResult<R> | null, formData: FormData) => Promise<ActionResult<R>>;
