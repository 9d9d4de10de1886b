import type { MatchingCycleStatus } from '@/lib/db/generated/enums';
import { Badge } from '../ui/badge';

const LOOK: Record<MatchingCycleStatus, { label: string; tone: 'slate' | 'brand' | 'green' | 'amber' }> = {
  DRAFT: { label: 'Draft', tone: 'slate' },
  OPEN: { label: 'Sign-up open', tone: 'green' },
  CLOSED: { label: 'Sign-up closed', tone: 'amber' },
  PUBLISHED: { label: 'Published', tone: 'brand' },
};

export function CycleStatusBadge({ status }: { status: MatchingCycleStatus }) {
  return <Badge tone={LOOK[status].tone}>{LOOK[status].label}</Badge>;
}
