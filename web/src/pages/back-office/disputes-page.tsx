import { NotBuiltYet } from '../../components/not-built-yet.tsx';

export function DisputesPage() {
  return <NotBuiltYet name="DisputesPage" />;
}
