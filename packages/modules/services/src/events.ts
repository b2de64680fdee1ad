import type { ItemAction } from '@yiwang/contracts';

/** Topics the catalog publishes (payload: { id, … }); other modules subscribe through the outbox. */
export const SERVICES_EVENTS = {
  itemCreated: 'services.item.created',
  itemUpdated: 'services.item.updated',
  itemClaimed: 'services.item.claimed',
  itemSplit: 'services.item.split',
  qualityReported: 'services.quality.reported',
} as const;

/** One topic per lifecycle action; `published` carries the new version id applications will pin. */
export const ITEM_ACTION_EVENTS: Readonly<Record<ItemAction, string>> = {
  submit: 'services.item.submitted',
  revise: 'services.item.revised',
  discard: 'services.item.draft_discarded',
  publish: 'services.item.published',
  reject: 'services.item.rejected',
  withdraw: 'services.item.withdrawn',
  archive: 'services.item.archived',
  confirm: 'services.item.confirmed',
};
