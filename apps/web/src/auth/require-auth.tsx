import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import type { Me, Permission } from '@yiwang/contracts';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../api/session';
import { LoadError, PageLoading } from '../components/page-state';
import { homePath } from './home-path';
import { useCan } from './use-permission';

interface RequireAuthProps {
  kinds: ReadonlyArray<Me['kind']>;
  children: ReactNode;
}

/** Renders children for a signed-in account of an allowed kind; otherwise redirects. */
export function RequireAuth({ kinds, children }: RequireAuthProps) {
  const location = useLocation();
  const me = useMe();
  if (me.isPending) return <PageLoading fullPage />;
  if (me.isError) return <LoadError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (!kinds.includes(me.data.kind)) return <Navigate to={homePath(me.data)} replace />;
  return <>{children}</>;
}

/** The server enforces permissions; this only avoids showing a page that would answer 403/404. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { t } = useTranslation();
  const can = useCan();
  if (!can(permission)) return <Result status="403" title="403" subTitle={t('errors.forbiddenPage')} />;
  return <>{children}</>;
}
