import type { Locale } from '@yiwang/contracts';
import { isClosedState } from '../domain/event-status.js';
import { ACTION_LABELS, ORDER_STATE_LABELS, type ActionType, type OrderState } from '../domain/index.js';
import { formatW3c } from './dates.js';
import { redactPersonalText } from './redact.js';

/** What Open311 may publish about an order: no caller, no internal notes, description with personal numbers masked. */
export interface PublicRequest {
  id: string;
  orderNo: string;
  state: string;
  channel: string;
  categoryCode: string | null;
  categoryName: string | null;
  body: string;
  unitName: string | null;
  createdAt: Date;
  updatedAt: Date;
  dueAt: Date | null;
  address: string | null;
  addressId: string | null;
  lat: number | null;
  lng: number | null;
  media: string[];
}

const label = (l: { zh: string; en: string } | undefined, locale: Locale, fallback: string) =>
  l ? (locale === 'en' ? l.en : l.zh) : fallback;
const stateLabel = (state: string, locale: Locale) => label(ORDER_STATE_LABELS[state as OrderState], locale, state);
export const open311Status = (state: string): 'open' | 'closed' => (isClosedState(state) ? 'closed' : 'open');

/** One request in the spec's field order; `extensions=true` adds our detailed state, channel, token and every media URL. */
export function presentRequest(r: PublicRequest, locale: Locale, extensions: boolean): Record<string, unknown> {
  const open = !isClosedState(r.state);
  const due = r.dueAt && open ? formatW3c(r.dueAt).slice(0, 10) : null;
  return {
    service_request_id: r.orderNo,
    status: open311Status(r.state),
    status_notes: stateLabel(r.state, locale),
    service_name: r.categoryName,
    service_code: r.categoryCode,
    description: redactPersonalText(r.body),
    agency_responsible: r.unitName,
    service_notice: due ? (locale === 'en' ? `To be handled by ${due}` : `按规定时限，预计 ${due} 前办结`) : null,
    requested_datetime: formatW3c(r.createdAt),
    updated_datetime: formatW3c(r.updatedAt),
    expected_datetime: r.dueAt && open ? formatW3c(r.dueAt) : null,
    address: r.address,
    address_id: r.addressId,
    zipcode: null,
    lat: r.lat,
    long: r.lng,
    media_url: r.media[0] ?? null,
    ...(extensions ? { extended_attributes: { detailed_status: r.state, channel: r.channel, token: r.id, media_urls: r.media } } : {}),
  };
}

export interface PublicStep {
  at: Date;
  action: string;
  toState: string;
}

/** The update-history extension: each public step of the timeline as a note, its text from our labels only. */
export function presentNote(orderNo: string, s: PublicStep, locale: Locale): Record<string, unknown> {
  return {
    service_request_id: orderNo,
    datetime: formatW3c(s.at),
    type: s.action,
    status: open311Status(s.toState),
    description: `${label(ACTION_LABELS[s.action as ActionType], locale, s.action)}${locale === 'en' ? ': ' : '：'}${stateLabel(s.toState, locale)}`,
  };
}
