import { Navigate } from 'react-router-dom';
import { useMe } from '../api/session';
import { LoadError, PageLoading } from '../components/page-state';
import { landingPath } from './home-path';

/** "/" sends the visitor to the area that fits the session, or to the login page. */
export function RootRedirect() {
  const me = useMe();
  if (me.isPending) return <PageLoading fullPage />;
  if (me.isError) return <LoadError error={me.error} onRetry={() => void me.refetch()} />;
  return <Navigate to={me.data ? landingPath(me.data) : '/login'} replace />;
}
