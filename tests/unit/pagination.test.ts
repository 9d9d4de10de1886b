import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { optionalParam, pageHref, pageParam, pageWindow } from '../../lib/pagination';

describe('pageWindow', () => {
  it('clamps the requested page to the pages that exist', () => {
    expect(pageWindow(300, 1, 25)).toEqual({ page: 1, pageCount: 12, skip: 0, take: 25 });
    expect(pageWindow(300, 12, 25)).toEqual({ page: 12, pageCount: 12, skip: 275, take: 25 });
    expect(pageWindow(300, 99, 25)).toMatchObject({ page: 12, skip: 275 });
    expect(pageWindow(0, 3, 25)).toEqual({ page: 1, pageCount: 1, skip: 0, take: 25 });
  });
});

describe('URL params', () => {
  it('reads pages and optional filters forgivingly', () => {
    expect(pageParam.parse('3')).toBe(3);
    expect(pageParam.parse('-1')).toBe(1);
    expect(pageParam.parse('abc')).toBe(1);
    const role = optionalParam(z.enum(['ADMIN', 'EMPLOYEE']));
    expect(role.parse('ADMIN')).toBe('ADMIN');
    expect(role.parse('')).toBeUndefined();
    expect(role.parse('ROOT')).toBeUndefined();
  });
});

describe('pageHref', () => {
  it('keeps the filters, drops empty ones and page 1', () => {
    expect(pageHref('/o/acme/people', { q: 'ana', role: undefined, region: '' }, 2)).toBe('/o/acme/people?q=ana&page=2');
    expect(pageHref('/o/acme/people', { q: 'ana' }, 1)).toBe('/o/acme/people?q=ana');
    expect(pageHref('/o/acme/people', {}, 1)).toBe('/o/acme/people');
  });
});
