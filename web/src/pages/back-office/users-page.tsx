import { NotBuiltYet } from '../../components/not-built-yet.tsx';

export function UsersPage() {
  return <NotBuiltYet name="UsersPage" />;
}
