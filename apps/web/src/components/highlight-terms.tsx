import { splitHighlights } from '../lib/highlight';

/** Plain text with the search terms in <mark>; built from text nodes only, so an article cannot inject markup. */
export function HighlightTerms({ text, terms }: { text: string; terms: readonly string[] }) {
  return <>{splitHighlights(text, terms).map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}
