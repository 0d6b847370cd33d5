import { NotBuiltYet } from '../../components/not-built-yet.tsx';

export function BankPage() {
  return <NotBuiltYet name="BankPage" />;
}
