import { useCan } from '../../../auth/use-permission';
import { KnowledgeSuggestions } from '../../../components/knowledge-suggestions';

export interface CitedArticle {
  id: string;
  title: string;
}

interface Props {
  title: string;
  body: string;
  onCite: (article: CitedArticle) => void;
}

/** The knowledge base's suggested answers beside the call form, for agents who may read the knowledge base. */
export function KnowledgeSlot({ title, body, onCite }: Props) {
  const can = useCan();
  if (!can('hotline.knowledge.read')) return null;
  return <KnowledgeSuggestions title={title} body={body} onCite={(hit) => onCite({ id: hit.id, title: hit.title })} />;
}
