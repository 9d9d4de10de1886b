import { Badge } from '@/components/ui/badge';
import { SKILL_LEVELS } from '@/lib/skills';

/** Skills grouped under their level names, strongest first, with what the person teaches marked. */
export function SkillsByLevel({ skills }: { skills: { id: string; name: string; level: number; canTeach: boolean; proposed: boolean }[] }) {
  const levels = [...SKILL_LEVELS].reverse().filter((l) => skills.some((s) => s.level === l.level));
  return (
    <div className="space-y-4">
      {levels.map((l) => (
        <section key={l.level} aria-labelledby={`level-${l.level}`}>
          <h3 id={`level-${l.level}`} className="text-sm font-semibold text-slate-900">
            {l.name} <span className="font-normal text-slate-500">· {l.description}</span>
          </h3>
          <ul className="mt-2 flex flex-wrap gap-2">
            {skills
              .filter((s) => s.level === l.level)
              .map((s) => (
                <li key={s.id} className="inline-flex items-center gap-1.5 rounded-md border border-slate-200 bg-slate-50 px-2.5 py-1 text-sm text-slate-800">
                  {s.name}
                  {s.proposed && <span className="text-xs text-slate-500">(proposed)</span>}
                  {s.canTeach && <Badge tone="green">Teaches</Badge>}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
