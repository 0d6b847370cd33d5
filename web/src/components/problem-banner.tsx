import { ApiError } from '../api/client.ts';
import { useTexts } from '../i18n/language.tsx';

const texts = {
  nl: { failed: 'Dat lukte niet' },
  en: { failed: 'That did not work' },
};

/** An error from the API as a person reads it: what went wrong, and each field with its problem. */
export function ProblemBanner({ error }: { error: unknown }) {
  const t = useTexts(texts);
  if (!error) return null;
  const problem = error instanceof ApiError ? error.problem : undefined;
  return (
    <div role="alert" className="problem">
      <strong>{problem?.title ?? t.failed}</strong>
      {problem?.detail ? (
        <p>{problem.detail}</p>
      ) : error instanceof Error && !problem ? (
        <p>{error.message}</p>
      ) : null}
      {problem?.errors?.length ? (
        <ul>
          {problem.errors.map((e) => (
            <li key={`${e.field}:${e.problem}`}>
              <code>{e.field}</code>: {e.problem}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
