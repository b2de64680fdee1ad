import { useState } from 'react';
import { Button, Flex } from 'antd';
import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useLogout, useMe } from '../api/session';
import { ChangePasswordModal } from '../components/change-password-modal';
import { LanguageToggle } from '../components/language-toggle';
import { useNotify } from '../components/use-notify';
import { NotificationsBell } from './notifications-bell';

/** Right side of both shells' headers: who is signed in, language, password, sign out. */
export function HeaderActions() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  const notify = useNotify();
  const [pwOpen, setPwOpen] = useState(false);

  const signOut = () =>
    logout.mutate(undefined, {
      onSettled: () => {
        notify.success(t('header.loggedOut'));
        navigate('/login', { replace: true });
      },
    });

  return (
    <Flex align="center" gap={8} wrap className="header-actions">
      {me ? (
        <span className="header-user" aria-label={t('header.currentUser')} role="group">
          <UserOutlined aria-hidden /> <span>{me.displayName}</span>
          {me.department ? <span className="header-dept"> · {me.department.name}</span> : null}
        </span>
      ) : null}
      {me?.kind === 'staff' ? <NotificationsBell /> : null}
      <LanguageToggle ghost />
      <Button ghost icon={<KeyOutlined aria-hidden />} onClick={() => setPwOpen(true)}>
        {t('header.changePassword')}
      </Button>
      <Button ghost icon={<LogoutOutlined aria-hidden />} loading={logout.isPending} onClick={signOut}>
        {t('header.logout')}
      </Button>
      <ChangePasswordModal open={pwOpen} onClose={() => setPwOpen(false)} />
    </Flex>
  );
}
