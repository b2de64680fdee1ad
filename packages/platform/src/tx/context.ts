/** Who is acting and on behalf of which request; every audit record and event carries it. */
export interface ActorRef {
  id: string | null;
  name: string | null;
  /** 'staff' | 'citizen' | 'enterprise' | 'system' | 'anonymous' */
  kind: string;
}

export interface RequestMeta {
  actor: ActorRef;
  requestId?: string | undefined;
  ip?: string | undefined;
}

export const SYSTEM_META: RequestMeta = { actor: { id: null, name: 'system', kind: 'system' } };
