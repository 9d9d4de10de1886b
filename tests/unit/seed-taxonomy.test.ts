import { describe, expect, it } from 'vitest';
import { ACME_DEPARTMENTS, GLOBEX_DEPARTMENTS } from '../../lib/seed/places';
import { ACME_TAXONOMY, GLOBEX_TAXONOMY, type Taxonomy } from '../../lib/seed/taxonomy';

const taxonomies: [string, Taxonomy][] = [['Acme', ACME_TAXONOMY], ['Globex', GLOBEX_TAXONOMY]];

describe('demo taxonomies', () => {
  it.each(taxonomies)('%s: names are unique, parents come first, categories are the only roots', (_, taxonomy) => {
    const seen = new Set<string>();
    for (const skill of taxonomy.skills) {
      expect(seen.has(skill.name.toLowerCase()), skill.name).toBe(false);
      if (skill.kind === 'CATEGORY') expect(skill.parent).toBeNull();
      else expect(seen.has(skill.parent!.toLowerCase()), `${skill.name} → ${skill.parent}`).toBe(true);
      expect(skill.name.length).toBeLessThanOrEqual(80);
      expect(skill.description.length).toBeGreaterThan(10);
      seen.add(skill.name.toLowerCase());
    }
  });

  it.each(taxonomies)('%s: synonyms are unique and never the name of a skill (the database refuses both)', (_, taxonomy) => {
    const names = new Set([...taxonomy.skills, ...taxonomy.proposals].map((s) => s.name.toLowerCase()));
    const synonyms = taxonomy.skills.flatMap((s) => s.synonyms.map((n) => n.toLowerCase()));
    expect(new Set(synonyms).size).toBe(synonyms.length);
    for (const synonym of synonyms) expect(names.has(synonym), synonym).toBe(false);
  });

  it.each(taxonomies)('%s: relations, department and title lists name existing skills, each pair once', (_, taxonomy) => {
    const skills = new Set(taxonomy.skills.filter((s) => s.kind === 'SKILL').map((s) => s.name));
    const pairs = taxonomy.related.map(([a, b]) => [a, b].sort().join(' ↔ '));
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const [a, b] of taxonomy.related) {
      expect(skills.has(a) && skills.has(b), `${a} ↔ ${b}`).toBe(true);
      expect(a).not.toBe(b);
    }
    const listed = [...Object.values(taxonomy.departmentSkills), ...Object.values(taxonomy.titleSkills), taxonomy.commonSkills, taxonomy.leadershipSkills].flat();
    for (const name of listed) expect(skills.has(name), name).toBe(true);
    for (const proposal of taxonomy.proposals) expect(skills.has(proposal.name)).toBe(false);
  });

  it('covers every department and title of the demo orgs', () => {
    for (const [departments, taxonomy] of [[ACME_DEPARTMENTS, ACME_TAXONOMY], [GLOBEX_DEPARTMENTS, GLOBEX_TAXONOMY]] as const) {
      for (const d of departments) {
        expect(taxonomy.departmentSkills[d.name], d.name).toBeDefined();
        for (const title of [d.head, d.manager, ...d.titles]) expect(taxonomy.titleSkills[title], title).toBeDefined();
      }
    }
  });

  it('has about 80 Acme skills in seven areas and the synonyms the demo relies on', () => {
    const acmeSkills = ACME_TAXONOMY.skills.filter((s) => s.kind === 'SKILL');
    expect(acmeSkills.length).toBeGreaterThanOrEqual(75);
    expect(acmeSkills.length).toBeLessThanOrEqual(90);
    expect(ACME_TAXONOMY.skills.filter((s) => s.kind === 'CATEGORY').map((s) => s.name)).toEqual(['Engineering', 'Data', 'Design', 'Product', 'Sales', 'Leadership', 'People skills']);
    const synonymsOf = (name: string) => ACME_TAXONOMY.skills.find((s) => s.name === name)!.synonyms;
    expect(synonymsOf('Kubernetes')).toContain('K8s');
    expect(synonymsOf('JavaScript')).toContain('JS');
    expect(synonymsOf('React')).toContain('ReactJS');
    expect(synonymsOf('Machine learning')).toContain('ML');
    expect(synonymsOf('PostgreSQL')).toContain('Postgres');
    expect(synonymsOf('User research')).toContain('UX research');
    expect(synonymsOf('Public speaking')).toContain('Presenting');
    expect(ACME_TAXONOMY.skills.find((s) => s.name === 'React')!.parent).toBe('Frontend');
    expect(GLOBEX_TAXONOMY.skills.filter((s) => s.kind === 'SKILL')).toHaveLength(16);
    expect(ACME_TAXONOMY.skills.some((s) => s.name === 'Spectroscopy')).toBe(false);
  });
});
