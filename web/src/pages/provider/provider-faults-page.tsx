import { NotBuiltYet } from '../../components/not-built-yet.tsx';

export function ProviderFaultsPage() {
  return <NotBuiltYet name="ProviderFaultsPage" />;
}
