'use client';

import { Plus, Search } from 'lucide-react';
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { SkillChoice } from '@/lib/profiles/list-skill-choices';
import { exactSkillChoice, matchSkillChoices } from '@/lib/profiles/match-skill-choices';
import { inputClass } from '../ui/field';

type Option = { kind: 'skill'; choice: SkillChoice; viaSynonym: string | null } | { kind: 'propose'; name: string };

/**
 * A combobox over the org's skills (ARIA 1.2 pattern: the focus stays in the input, arrow keys move the
 * active option, Enter picks it, Escape closes). Matches names and synonyms and shows where each skill sits
 * in the taxonomy. With `onPropose`, typing a name nothing is called offers to propose it.
 */
export function SkillPicker({
  id,
  label,
  hint,
  choices,
  onPick,
  onPropose,
  note,
  errors,
}: {
  id: string;
  label: string;
  hint: string;
  choices: readonly SkillChoice[];
  onPick: (choice: SkillChoice) => void;
  onPropose?: (name: string) => void;
  /** A short remark after a skill's name, e.g. "on your profile". */
  note?: (choice: SkillChoice) => string | null;
  errors?: string[];
}) {
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const options = useMemo<Option[]>(() => {
    const matches: Option[] = matchSkillChoices(choices, query).map((m) => ({ kind: 'skill', ...m }));
    const typed = query.trim().replace(/\s+/g, ' ');
    if (onPropose && typed && !exactSkillChoice(choices, typed)) matches.push({ kind: 'propose', name: typed });
    return matches;
  }, [choices, query, onPropose]);

  const expanded = open && options.length > 0;
  const optionId = (index: number) => `${listId}-option-${index}`;

  function choose(option: Option) {
    setOpen(false);
    setQuery('');
    if (option.kind === 'skill') onPick(option.choice);
    else onPropose?.(option.name);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + options.length) % Math.max(options.length, 1));
    } else if (event.key === 'Enter') {
      if (expanded && options[active]) {
        event.preventDefault();
        choose(options[active]);
      }
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  }

  const describedBy = errors?.length ? `${id}-error` : `${id}-hint`;
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="relative">
        <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-400" />
        <input
          id={id}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded ? optionId(active) : undefined}
          aria-describedby={describedBy}
          aria-invalid={errors?.length ? true : undefined}
          autoComplete="off"
          value={query}
          placeholder="Search skills, e.g. Kubernetes or K8s"
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onClick={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
          className={`${inputClass} pl-9`}
        />
        <ul id={listId} role="listbox" aria-label={`${label} suggestions`} hidden={!expanded} className="absolute inset-x-0 top-full z-20 mt-1 max-h-72 overflow-y-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg">
          {options.map((option, index) => (
            <li
              key={option.kind === 'skill' ? option.choice.id : 'propose'}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => choose(option)}
              className={`flex cursor-pointer flex-col px-3 py-2 text-sm ${index === active ? 'bg-brand-50' : ''} ${option.kind === 'propose' ? 'border-t border-slate-100' : ''}`}
            >
              {option.kind === 'skill' ? (
                <>
                  <span className="flex flex-wrap items-baseline gap-x-2">
                    <span className="font-medium text-slate-900">{option.choice.name}</span>
                    {option.viaSynonym && <span className="text-xs text-slate-600">also “{option.viaSynonym}”</span>}
                    {option.choice.proposed && <span className="text-xs font-medium text-amber-800">proposed</span>}
                    {note?.(option.choice) && <span className="text-xs text-slate-600">· {note(option.choice)}</span>}
                  </span>
                  {option.choice.categoryPath && <span className="text-xs text-slate-600">{option.choice.categoryPath}</span>}
                </>
              ) : (
                <span className="inline-flex items-center gap-1.5 font-medium text-brand-700">
                  <Plus aria-hidden className="size-4" /> Propose “{option.name}” as a new skill
                </span>
              )}
            </li>
          ))}
        </ul>
      </div>
      {errors?.length ? (
        <p id={`${id}-error`} className="text-xs font-medium text-red-700">
          {errors.join(' ')}
        </p>
      ) : (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      <p aria-live="polite" className="sr-only">
        {open && query.trim() ? `${options.filter((o) => o.kind === 'skill').length} skills match.` : ''}
      </p>
    </div>
  );
}
