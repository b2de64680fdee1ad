import { useState } from 'react';
import { Button, Flex, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ItemAction, ItemDetail } from '@yiwang/contracts';
import { useItemAction } from '../../../api/services';
import { ProblemError } from './problem-list';
import { useNotify } from '../../../components/use-notify';

const PRIMARY: ReadonlySet<ItemAction> = new Set(['submit', 'publish']);
const DANGER: ReadonlySet<ItemAction> = new Set(['withdraw', 'archive']);
const REVIEW: ReadonlySet<ItemAction> = new Set(['publish', 'reject', 'withdraw', 'archive', 'confirm']);

/** The lifecycle steps the server offers this caller, with a review note for the reviewer's steps. */
export function EditorActions({ item }: { item: ItemDetail }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const act = useItemAction(item.id);
  const [comment, setComment] = useState('');
  const reviewing = item.availableActions.some((a) => REVIEW.has(a));
  if (item.availableActions.length === 0) return null;

  const run = (action: ItemAction) =>
    act.mutate(
      { action, version: item.version, ...(comment.trim() ? { comment: comment.trim() } : {}) },
      {
        onSuccess: () => {
          setComment('');
          notify.success(t('services.editor.done'));
        },
      },
    );

  return (
    <Flex vertical gap={8} className="no-print">
      <ProblemError error={act.error} />
      {reviewing ? (
        <Input.TextArea
          aria-label={t('services.editor.comment')}
          placeholder={t('services.editor.comment')}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          autoSize
          maxLength={1000}
        />
      ) : null}
      <Flex gap={8} wrap>
        {item.availableActions.map((a) => (
          <Button
            key={a}
            type={PRIMARY.has(a) ? 'primary' : 'default'}
            danger={DANGER.has(a)}
            loading={act.isPending && act.variables?.action === a}
            onClick={() => run(a)}
          >
            {t(`services.action.${a}`)}
          </Button>
        ))}
      </Flex>
    </Flex>
  );
}
