import { NotBuiltYet } from '../../components/not-built-yet.tsx';

export function ProviderOrdersPage() {
  return <NotBuiltYet name="ProviderOrdersPage" />;
}
