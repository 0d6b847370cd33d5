import { NotBuiltYet } from '../../components/not-built-yet.tsx';

export function FaultsPage() {
  return <NotBuiltYet name="FaultsPage" />;
}
