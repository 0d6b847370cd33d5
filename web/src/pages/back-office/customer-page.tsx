import { NotBuiltYet } from '../../components/not-built-yet.tsx';

export function CustomerPage() {
  return <NotBuiltYet name="CustomerPage" />;
}
