import type { FindExpertsInput } from '@/lib/people';
import { pageHref } from '@/lib/pagination';

/** The People page URL for these filters (empty ones left out), so searches are shareable. */
export function finderHref(base: string, filters: Partial<FindExpertsInput>, page = 1): string {
  return pageHref(
    base,
    {
      skill: filters.skill,
      level: filters.level,
      teach: filters.teach ? '1' : undefined,
      region: filters.region,
      department: filters.department,
      overlap: filters.overlap ? '1' : undefined,
      q: filters.q,
    },
    page,
  );
}
