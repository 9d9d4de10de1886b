'use client';

import { Search, X } from 'lucide-react';
import { useId, useMemo, useState } from 'react';
import { FieldMessages, inputClass } from '../ui/field';

export interface SkillOption {
  id: string;
  name: string;
  /** A short second line, e.g. "Engineering · 12 people". */
  detail?: string;
  synonyms?: string[];
}

const SHOWN = 40;

/**
 * Picks one skill (radio buttons) or several (checkboxes) from a list filtered as you type, by name or
 * synonym. The choice is sent as one hidden field: an id, or ids separated by commas.
 */
export function SkillPicker({
  name,
  label,
  hint,
  options,
  multiple = false,
  defaultValue = [],
  errors,
  onChange,
}: {
  name: string;
  label: string;
  hint?: string;
  options: SkillOption[];
  multiple?: boolean;
  defaultValue?: string[];
  errors?: string[];
  onChange?: (ids: string[]) => void;
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string[]>(defaultValue.filter((v) => options.some((o) => o.id === v)));
  const byId = useMemo(() => new Map(options.map((o) => [o.id, o])), [options]);
  const q = query.trim().toLowerCase();
  const matches = q ? options.filter((o) => o.name.toLowerCase().includes(q) || o.synonyms?.some((s) => s.toLowerCase().includes(q))) : options;
  const shown = matches.slice(0, SHOWN);

  const choose = (next: string[]) => {
    setSelected(next);
    onChange?.(next);
  };
  const toggle = (optionId: string, checked: boolean) => {
    if (!multiple) choose(checked ? [optionId] : []);
    else choose(checked ? [...selected, optionId] : selected.filter((s) => s !== optionId));
  };
  const describedBy = [hint && !errors?.length ? `${id}-hint` : '', errors?.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <fieldset className="flex min-w-0 flex-col gap-1.5" aria-describedby={describedBy} aria-invalid={errors?.length ? true : undefined}>
      <legend className="mb-1.5 text-sm font-medium text-slate-800">{label}</legend>
      <input type="hidden" name={name} value={selected.join(',')} />
      {multiple && selected.length > 0 && (
        <ul className="flex flex-wrap gap-1.5" aria-label={`Chosen: ${label.toLowerCase()}`}>
          {selected.map((s) => (
            <li key={s} className="inline-flex items-center gap-1 rounded-full bg-brand-50 py-0.5 pl-2.5 pr-1 text-xs font-medium text-brand-700">
              {byId.get(s)?.name}
              <button type="button" onClick={() => toggle(s, false)} className="rounded-full p-0.5 hover:bg-brand-100" aria-label={`Remove ${byId.get(s)?.name}`}>
                <X aria-hidden className="size-3" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="relative">
        <Search aria-hidden className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-slate-400" />
        <label htmlFor={`${id}-filter`} className="sr-only">
          Filter {label.toLowerCase()}
        </label>
        <input
          id={`${id}-filter`}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.preventDefault();
          }}
          placeholder="Type a name or synonym"
          autoComplete="off"
          className={`${inputClass} pl-8`}
        />
      </div>
      <ul className="max-h-56 overflow-y-auto rounded-md border border-slate-200 bg-white py-1" data-testid={`${name}-options`}>
        {shown.map((option) => {
          const checked = selected.includes(option.id);
          return (
            <li key={option.id}>
              <label className={`flex cursor-pointer items-start gap-2 px-3 py-1.5 text-sm hover:bg-slate-50 ${checked ? 'bg-brand-50/60' : ''}`}>
                <input
                  type={multiple ? 'checkbox' : 'radio'}
                  name={`${name}__choice`}
                  value={option.id}
                  checked={checked}
                  onChange={(e) => toggle(option.id, e.target.checked)}
                  className="mt-0.5 size-4 shrink-0 accent-brand-600"
                />
                <span className="min-w-0">
                  <span className="block font-medium text-slate-900">{option.name}</span>
                  {(option.detail || option.synonyms?.length) && (
                    <span className="block text-xs text-slate-500">
                      {[option.detail, option.synonyms?.length ? `also ${option.synonyms.join(', ')}` : ''].filter(Boolean).join(' · ')}
                    </span>
                  )}
                </span>
              </label>
            </li>
          );
        })}
        {matches.length === 0 && <li className="px-3 py-2 text-sm text-slate-500">No skill matches “{query.trim()}”.</li>}
        {matches.length > SHOWN && <li className="px-3 py-2 text-xs text-slate-500">{matches.length - SHOWN} more; type to narrow the list.</li>}
      </ul>
      <FieldMessages id={id} hint={hint} errors={errors} />
    </fieldset>
  );
}
