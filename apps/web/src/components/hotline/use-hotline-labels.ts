import { useTranslation } from 'react-i18next';

type Group = 'state' | 'type' | 'channel' | 'urgency' | 'action' | 'satisfaction' | 'outcome' | 'actorRole' | 'card';

/** Display names of the hotline's codes (states, types, actions…); an unknown code shows as itself. */
export function useHotlineLabels() {
  const { t } = useTranslation();
  const label = (group: Group) => (code: string) => t(`hotlineDesk.${group}.${code}`, { defaultValue: code });
  return {
    state: label('state'),
    type: label('type'),
    channel: label('channel'),
    urgency: label('urgency'),
    action: label('action'),
    satisfaction: label('satisfaction'),
    outcome: label('outcome'),
    actorRole: label('actorRole'),
    card: label('card'),
  };
}
