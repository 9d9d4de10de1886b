import { BookOpen } from 'lucide-react';
import type { Metadata } from 'next';
import { ComingSoon } from '@/components/shell/coming-soon';

export const metadata: Metadata = { title: 'Sessions' };

export default function SessionsPage() {
  return (
    <ComingSoon
      title="Sessions"
      description="1:1 mentoring, group workshops, design-thinking sessions and skill-sprint check-ins."
      icon={BookOpen}
      emptyTitle="You have no sessions yet"
      points={[
        'Book a mentoring slot in your own time zone, with no double-booking.',
        'Host a workshop or design-thinking session and let others take a seat.',
        'Give feedback afterwards and keep what was learned as knowledge artifacts.',
      ]}
    />
  );
}
