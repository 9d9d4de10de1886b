import type { SessionKind } from '@/lib/db/generated/enums';
import { Badge } from '../ui/badge';

export const SESSION_KIND_LABELS: Record<SessionKind, string> = { MENTORING: '1:1 mentoring', WORKSHOP: 'Workshop', DESIGN_THINKING: 'Design thinking', SPRINT_CHECKIN: 'Sprint check-in' };

export const SESSION_KIND_DESCRIPTIONS: Record<Exclude<SessionKind, 'MENTORING'>, string> = {
  WORKSHOP: 'Teach or demo a skill to a group, with time for questions.',
  DESIGN_THINKING: 'Solve a real problem together in five timeboxed phases, from empathize to test.',
  SPRINT_CHECKIN: 'A short stand-up for people learning a skill together: progress, blockers, next steps.',
};

export function SessionKindBadge({ kind }: { kind: SessionKind }) {
  return <Badge tone={kind === 'MENTORING' ? 'brand' : 'slate'}>{SESSION_KIND_LABELS[kind]}</Badge>;
}
