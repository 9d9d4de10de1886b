import type { ViewerStatus } from '@/lib/sessions';
import { Badge } from '../ui/badge';

/** Where the viewer stands in a session: hosting, booked, or waiting (with their place in line). */
export function ViewerStatusBadge({ status, waitlistPosition }: { status: ViewerStatus; waitlistPosition?: number | null }) {
  if (status === 'HOST') return <Badge tone="brand">You host</Badge>;
  if (status === 'BOOKED') return <Badge tone="green">Booked</Badge>;
  if (status === 'WAITLISTED') return <Badge tone="amber">{waitlistPosition ? `Waitlisted · #${waitlistPosition}` : 'Waitlisted'}</Badge>;
  return null;
}
