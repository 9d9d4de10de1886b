import Link from 'next/link';
import type { ComponentProps } from 'react';

const base =
  'inline-flex items-center justify-center gap-2 rounded-md text-sm font-medium transition-colors disabled:pointer-events-none disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600';

const variants = {
  primary: 'bg-brand-600 text-white hover:bg-brand-700 px-3.5 py-2',
  secondary: 'border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 px-3.5 py-2',
  ghost: 'text-slate-700 hover:bg-slate-100 px-2.5 py-1.5',
} as const;

type Variant = keyof typeof variants;

export function Button({ variant = 'primary', className = '', ...props }: ComponentProps<'button'> & { variant?: Variant }) {
  return <button className={`${base} ${variants[variant]} ${className}`} {...props} />;
}

export function ButtonLink({ variant = 'primary', className = '', ...props }: ComponentProps<typeof Link> & { variant?: Variant }) {
  return <Link className={`${base} ${variants[variant]} ${className}`} {...props} />;
}
