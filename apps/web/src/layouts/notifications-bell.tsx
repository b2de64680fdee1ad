import { useState } from 'react';
import { Badge, Button, Empty, Flex, List, Popover } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useMarkNotificationsRead, useUnreadNotifications, type NotificationView } from '../api/hotline-oversight';
import { useCan } from '../auth/use-permission';
import { formatDateTime } from '../lib/dates';

/** Dark enough behind the white count for AA contrast (antd's default red is not). */
const BADGE_COLOUR = '#a8071a';

/**
 * The workbench's notification bell: unread 12345 notices (派单, 催办, 督办, 退单…), polled every
 * half minute. Opening one marks it read and goes to its order. Absent where the server has no inbox.
 */
export function NotificationsBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const enabled = useCan()('hotline.order.read');
  const inbox = useUnreadNotifications(enabled);
  const mark = useMarkNotificationsRead();
  const [open, setOpen] = useState(false);
  if (!enabled || !inbox.data) return null;

  const unread = inbox.data.unreadCount;
  const openItem = (n: NotificationView) => {
    mark.mutate({ ids: [n.id] });
    setOpen(false);
    if (n.orderId) navigate(`/workbench/hotline/orders/${n.orderId}`);
  };
  const content = (
    <div className="bell-panel">
      {inbox.data.items.length ? (
        <List<NotificationView>
          size="small"
          dataSource={inbox.data.items}
          renderItem={(n) => (
            <List.Item>
              <Button type="link" className="bell-item" onClick={() => openItem(n)}>
                <Flex vertical align="start">
                  <span>{n.title}</span>
                  <span className="muted bell-meta">
                    {n.orderNo ? <span className="mono">{n.orderNo}</span> : null} {formatDateTime(n.createdAt).slice(0, 16)}
                  </span>
                </Flex>
              </Button>
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('hotlineDesk.bell.empty')} />
      )}
      {unread > 0 ? (
        <Button block loading={mark.isPending} onClick={() => mark.mutate({ all: true })}>
          {t('hotlineDesk.bell.readAll')}
        </Button>
      ) : null}
    </div>
  );

  return (
    <Popover
      content={content}
      title={t('hotlineDesk.bell.title')}
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      placement="bottomRight"
    >
      <Button ghost aria-label={t('hotlineDesk.bell.label', { count: unread })} aria-haspopup="dialog" aria-expanded={open}>
        <Badge count={unread} size="small" color={BADGE_COLOUR} offset={[6, -2]}>
          <BellOutlined aria-hidden className="bell-icon" />
        </Badge>
      </Button>
    </Popover>
  );
}
