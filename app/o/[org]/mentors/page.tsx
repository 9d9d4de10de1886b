import { Network } from 'lucide-react';
import type { Metadata } from 'next';
import { ComingSoon } from '@/components/shell/coming-soon';

export const metadata: Metadata = { title: 'Mentoring' };

export default function MentorsPage() {
  return (
    <ComingSoon
      title="Mentoring"
      description="Find a mentor for a skill you want to grow, or help a colleague grow theirs."
      icon={Network}
      emptyTitle="Mentor matching is on its way"
      points={[
        'Ask for a mentor on a skill and get ten explained suggestions.',
        'Send a request, accept or decline, and track your active matches.',
        'Mentors see their load against the capacity they set.',
      ]}
    />
  );
}
