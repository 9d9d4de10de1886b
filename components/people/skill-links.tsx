import Link from 'next/link';

/** "Docker, Terraform" as links that search for each skill (the other filters are the caller's choice). */
export function SkillLinks({ skills, href }: { skills: { id: string; name: string }[]; href: (name: string) => string }) {
  return (
    <>
      {skills.map((s, i) => (
        <span key={s.id}>
          {i > 0 && ', '}
          <Link href={href(s.name)} className="font-medium text-brand-700 underline-offset-2 hover:underline">
            {s.name}
          </Link>
        </span>
      ))}
    </>
  );
}
