import { NotBuiltYet } from '../../components/not-built-yet.tsx';

export function FaultPage() {
  return <NotBuiltYet name="FaultPage" />;
}
