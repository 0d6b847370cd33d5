import { NotBuiltYet } from '../../components/not-built-yet.tsx';

export function ForceMajeurePage() {
  return <NotBuiltYet name="ForceMajeurePage" />;
}
