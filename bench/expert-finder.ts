import type { TenantContext } from '../lib/auth/tenant-context';
import { findExperts, findExpertsInput } from '../lib/people';
import { measure, report } from './measure';

// The People page's searches on the scale org, through the same domain function the page calls
// (skill resolution, my hours per time zone, and the ranked, paginated SQL). Target: p95 under 100 ms.

const SEARCHES: { name: string; params: Record<string, string> }[] = [
  { name: 'skill + min level + region', params: { skill: 'Kubernetes', level: '3', region: 'EMEA' } },
  { name: 'synonym "K8s"', params: { skill: 'K8s' } },
  { name: 'parent "Frontend" (7 children, synonyms)', params: { skill: 'Frontend' } },
  { name: 'parent "Frontend", min level 4, can teach', params: { skill: 'Frontend', level: '4', teach: '1' } },
  { name: 'skill "React", overlaps my hours', params: { skill: 'React', overlap: '1' } },
  { name: 'skill "React", page 10', params: { skill: 'React', page: '10' } },
  { name: 'free text "garcia" (a name)', params: { q: 'garcia' } },
  { name: 'free text "engineer" (4 in 10 titles)', params: { q: 'engineer' } },
  { name: 'category "Engineering" (25 skills under it)', params: { skill: 'Engineering' } },
  { name: 'directory, region EMEA, page 3', params: { region: 'EMEA', page: '3' } },
];

export async function benchExpertFinder(ctx: TenantContext, size: string): Promise<void> {
  for (const { name, params } of SEARCHES) {
    const input = findExpertsInput.parse(params);
    const result = await findExperts(ctx, input);
    const figures = await measure(() => findExperts(ctx, input), 40);
    report(`finder: ${name}`, size, figures);
    console.log(`${''.padEnd(45)}${result.total.toLocaleString('en-US')}${result.totalIsLowerBound ? '+' : ''} people match`);
  }
}
