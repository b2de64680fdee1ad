import { describe, expect, it } from 'vitest';
import { citability, inPeriod, isValidPeriod, nextArticleStatus } from './knowledge-article.js';

describe('knowledge-base article rules', () => {
  it('publishes drafts and archived articles, archives drafts and published ones, and refuses a repeat', () => {
    expect(nextArticleStatus('draft', 'publish')).toBe('published');
    expect(nextArticleStatus('archived', 'publish')).toBe('published');
    expect(nextArticleStatus('published', 'publish')).toBeNull();
    expect(nextArticleStatus('published', 'archive')).toBe('archived');
    expect(nextArticleStatus('draft', 'archive')).toBe('archived');
    expect(nextArticleStatus('archived', 'archive')).toBeNull();
  });

  it('accepts open-ended periods and refuses impossible dates or one ending before it starts', () => {
    expect(isValidPeriod({ validFrom: null, validTo: null })).toBe(true);
    expect(isValidPeriod({ validFrom: '2025-01-01', validTo: '2025-01-01' })).toBe(true);
    expect(isValidPeriod({ validFrom: '2025-03-01', validTo: '2025-02-28' })).toBe(false);
    expect(isValidPeriod({ validFrom: '2025-02-29', validTo: null })).toBe(false);
    expect(isValidPeriod({ validFrom: null, validTo: '0000-01-01' })).toBe(false);
  });

  it('counts both ends of the period as valid days', () => {
    const p = { validFrom: '2025-01-01', validTo: '2025-12-31' };
    expect(inPeriod(p, '2024-12-31')).toBe(false);
    expect(inPeriod(p, '2025-01-01')).toBe(true);
    expect(inPeriod(p, '2025-12-31')).toBe(true);
    expect(inPeriod(p, '2026-01-01')).toBe(false);
  });

  it('lets only a published article inside its period be cited', () => {
    const period = { validFrom: '2025-01-01', validTo: '2025-06-30' };
    expect(citability({ ...period, status: 'published' }, '2025-03-01')).toBe('citable');
    expect(citability({ ...period, status: 'published' }, '2025-07-01')).toBe('not_valid');
    expect(citability({ ...period, status: 'draft' }, '2025-03-01')).toBe('unpublished');
    expect(citability({ ...period, status: 'archived' }, '2025-03-01')).toBe('unpublished');
  });
});
