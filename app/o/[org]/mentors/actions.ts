'use server';

import { revalidatePath } from 'next/cache';
import { tenantAction } from '@/lib/auth/tenant-action';
import type { TenantContext } from '@/lib/auth/tenant-context';
import {
  createMentorRequest,
  mentorRequestInput,
  sendMentorRequest,
  sendMentorRequestInput,
  withdrawMentorRequest,
  withdrawMentorRequestInput,
  withdrawProposal,
  withdrawProposalInput,
} from '@/lib/mentoring';

const refresh = (ctx: TenantContext) => revalidatePath(`/o/${ctx.orgSlug}/mentors`, 'layout');

export const createMentorRequestAction = tenantAction(mentorRequestInput, async (ctx, input) => {
  const created = await createMentorRequest(ctx, input);
  refresh(ctx);
  return created;
}, 'Request created. Here are your suggestions.');

export const sendMentorRequestAction = tenantAction(sendMentorRequestInput, async (ctx, input) => {
  const sent = await sendMentorRequest(ctx, input);
  refresh(ctx);
  return sent;
}, 'Request sent.');

export const withdrawProposalAction = tenantAction(withdrawProposalInput, async (ctx, input) => {
  const result = await withdrawProposal(ctx, input);
  refresh(ctx);
  return result;
}, 'Request taken back. You can ask someone else now.');

export const withdrawMentorRequestAction = tenantAction(withdrawMentorRequestInput, async (ctx, input) => {
  const result = await withdrawMentorRequest(ctx, input);
  refresh(ctx);
  return result;
}, 'Request closed.');
