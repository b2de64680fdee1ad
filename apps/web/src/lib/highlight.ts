const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface Piece {
  text: string;
  hit: boolean;
}

/**
 * Text cut into pieces at the search terms (case-insensitive), longest term first so 社保卡 wins
 * over 社保; the pieces join back to the text unchanged.
 */
export function splitHighlights(text: string, terms: readonly string[]): Piece[] {
  const usable = [...new Set(terms.filter((t) => t.trim() !== ''))].sort((a, b) => b.length - a.length);
  if (usable.length === 0 || text === '') return text === '' ? [] : [{ text, hit: false }];
  const lower = new Set(usable.map((t) => t.toLowerCase()));
  return text
    .split(new RegExp(`(${usable.map(escape).join('|')})`, 'gi'))
    .filter((part) => part !== '')
    .map((part) => ({ text: part, hit: lower.has(part.toLowerCase()) }));
}
