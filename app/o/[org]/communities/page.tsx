import { UsersRound } from 'lucide-react';
import type { Metadata } from 'next';
import { ComingSoon } from '@/components/shell/coming-soon';

export const metadata: Metadata = { title: 'Communities' };

export default function CommunitiesPage() {
  return (
    <ComingSoon
      title="Communities of practice"
      description="Groups around a domain, with objectives, events and a shared knowledge library."
      icon={UsersRound}
      emptyTitle="Communities are coming soon"
      points={[
        'Browse communities by skill and region, and join the ones that fit.',
        'Propose a new community for a network steward to approve.',
        'Share knowledge artifacts in each community’s library.',
      ]}
    />
  );
}
