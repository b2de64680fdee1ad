/**
 * Outbox topics of the knowledge base (H4).
 *
 * Extension point for the 一网通办 service catalog: when the services module publishes its catalog
 * items as events, a subscriber here turns each into a `service_guide` article with
 * source = 'service_catalog' and source_ref = the item's code (unique per source, migration 0004),
 * inserting or updating through the same repo functions and mutate() as the admin page. Nothing else
 * changes: search, suggestions and citations treat such articles like any other.
 */
export const KNOWLEDGE_EVENTS = {
  created: 'hotline.knowledge.article_created',
  updated: 'hotline.knowledge.article_updated',
  published: 'hotline.knowledge.article_published',
  archived: 'hotline.knowledge.article_archived',
} as const;
