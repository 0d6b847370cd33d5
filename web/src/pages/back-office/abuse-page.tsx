import { NotBuiltYet } from '../../components/not-built-yet.tsx';

export function AbusePage() {
  return <NotBuiltYet name="AbusePage" />;
}
