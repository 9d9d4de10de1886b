'use server';

import { userAction } from '@/lib/auth/tenant-action';
import { createOrganization, createOrganizationInput, joinOrganizationByDomain, joinOrganizationInput } from '@/lib/orgs';

export const joinOrganizationAction = userAction(joinOrganizationInput, (userId, input) => joinOrganizationByDomain(userId, input), 'You joined the organization.');

export const createOrganizationAction = userAction(createOrganizationInput, (userId, input) => createOrganization(userId, input), 'Organization created.');
