import { NotBuiltYet } from '../../components/not-built-yet.tsx';

export function QuotesPage() {
  return <NotBuiltYet name="QuotesPage" />;
}
