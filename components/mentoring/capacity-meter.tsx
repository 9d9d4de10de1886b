import Link from 'next/link';

/**
 * The mentor's load against their capacity: active mentees, proposals waiting for an answer (they hold a
 * slot, so matching does not feature the mentor to more learners than they have room for), and free slots.
 */
export function CapacityMeter({ active, waiting, capacity, profileHref }: { active: number; waiting: number; capacity: number; profileHref: string }) {
  const used = active + waiting;
  const free = Math.max(0, capacity - used);
  const scale = Math.max(capacity, used, 1);
  const width = (n: number) => `${(n / scale) * 100}%`;
  return (
    <section aria-labelledby="capacity-title" className="rounded-lg border border-slate-200 bg-white p-4 shadow-xs" data-testid="capacity-meter">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id="capacity-title" className="text-sm font-semibold text-slate-900">
          {capacity === 0 ? 'You are not taking mentees right now' : `${used} of ${capacity} ${capacity === 1 ? 'slot' : 'slots'} used`}
        </h2>
        <Link href={profileHref} className="text-sm font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800">
          Change on your profile
        </Link>
      </div>
      {capacity > 0 && (
        <div aria-hidden className="mt-3 flex h-2 overflow-hidden rounded-full bg-slate-100">
          <span className="h-full bg-brand-600" style={{ width: width(active) }} />
          <span className="h-full bg-amber-400" style={{ width: width(waiting) }} />
        </div>
      )}
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
        <li className="inline-flex items-center gap-1.5">
          <span aria-hidden className="size-2 rounded-full bg-brand-600" />
          {active} active {active === 1 ? 'mentee' : 'mentees'}
        </li>
        <li className="inline-flex items-center gap-1.5">
          <span aria-hidden className="size-2 rounded-full bg-amber-400" />
          {waiting} waiting for your answer
        </li>
        <li className="inline-flex items-center gap-1.5">
          <span aria-hidden className="size-2 rounded-full bg-slate-200" />
          {free} free
        </li>
      </ul>
      {capacity === 0 ? (
        <p className="mt-2 text-sm text-slate-600">With a capacity of 0 you are not suggested to learners. Set how many mentees you can take at once on your profile.</p>
      ) : used > capacity ? (
        <p className="mt-2 text-sm text-amber-800">You are over your capacity, so you are not suggested to more learners until a slot frees up.</p>
      ) : null}
    </section>
  );
}
