import { NotBuiltYet } from '../../components/not-built-yet.tsx';

export function MaintenancePage() {
  return <NotBuiltYet name="MaintenancePage" />;
}
