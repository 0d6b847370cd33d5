import { NotBuiltYet } from '../../components/not-built-yet.tsx';

export function TermsPage() {
  return <NotBuiltYet name="TermsPage" />;
}
