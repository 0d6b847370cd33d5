import { NotBuiltYet } from '../../components/not-built-yet.tsx';

export function DashboardsPage() {
  return <NotBuiltYet name="DashboardsPage" />;
}
