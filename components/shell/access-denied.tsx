import { Lock } from 'lucide-react';
import { ButtonLink } from '../ui/button';
import { EmptyState } from '../ui/empty-state';

export function AccessDenied({ area, neededRole, homeHref }: { area: string; neededRole: string; homeHref: string }) {
  return (
    <EmptyState icon={Lock} headingLevel={1} title={`${area} is for ${neededRole}s`} action={<ButtonLink href={homeHref} variant="secondary">Back to home</ButtonLink>}>
      Your role in this organization does not include this area. If you need access, ask an org admin.
    </EmptyState>
  );
}
