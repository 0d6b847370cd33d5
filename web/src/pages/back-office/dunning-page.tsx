import { NotBuiltYet } from '../../components/not-built-yet.tsx';

export function DunningPage() {
  return <NotBuiltYet name="DunningPage" />;
}
