export interface CitedArticle {
  id: string;
  title: string;
}

interface Props {
  title: string;
  body: string;
  onCite: (article: CitedArticle) => void;
}

/**
 * Where the knowledge base's suggested answers appear while the agent types. TODO(#4): render the
 * knowledge area's `KnowledgeSuggestions({ title, body, onCite })` here once it is merged.
 */
export function KnowledgeSlot(_props: Props) {
  return null;
}
