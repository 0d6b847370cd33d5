import { NotBuiltYet } from '../../components/not-built-yet.tsx';

export function HomePage() {
  return <NotBuiltYet name="HomePage" />;
}
