import { NotBuiltYet } from '../../components/not-built-yet.tsx';

export function InvoicePage() {
  return <NotBuiltYet name="InvoicePage" />;
}
