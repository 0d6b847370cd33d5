import { ApiError } from '../api/client.ts';
import { useTexts } from '../i18n/language.tsx';

/*
 * The API answers in English (problem+json: type, title, status, detail, and each field's problem).
 * In Dutch the banner says what went wrong in Dutch, by the problem's type and status, and each
 * field's problem in Dutch where its wording is known; the API's own words stay visible as the
 * technical detail wherever the Dutch text is only the gist. In English the API's words are shown.
 */

type Status = 400 | 401 | 403 | 404 | 409 | 429 | 500;

const texts = {
  nl: {
    failed: 'Dat lukte niet',
    technical: 'Technisch detail',
    heading: {
      400: 'De invoer klopt niet',
      401: 'Niet aangemeld',
      403: 'Niet toegestaan',
      404: 'Niet gevonden',
      409: 'Dat kan nu niet',
      429: 'Te veel pogingen',
      500: 'Fout aan onze kant',
    } satisfies Record<Status, string>,
    explain: {
      400: 'Het verzoek is niet geldig.',
      401: 'U bent niet (meer) aangemeld. Meld u opnieuw aan.',
      403: 'Dit mag niet met uw rol of voor deze verkoper. Vraag het zo nodig aan een beheerder.',
      404: 'Dit bestaat niet (meer), of het is niet voor u zichtbaar.',
      409: 'Dit kan niet in de huidige toestand.',
      429: 'Te veel mislukte pogingen. Probeer het later opnieuw.',
      500: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
    } satisfies Record<Status, string>,
    retryIn: (seconds: number) =>
      `Te veel mislukte pogingen. Probeer het over ${
        seconds < 60
          ? `${seconds} seconden`
          : seconds < 120
            ? '1 minuut'
            : `${Math.ceil(seconds / 60)} minuten`
      } opnieuw.`,
    field: (field: string, problem: string) => {
      const dutch = dutchFieldProblem(problem);
      return `Het veld ‘${field}’ ${dutch ?? `is ongeldig: ${problem}`}.`;
    },
    /** The API's detail is English: shown only as the technical detail. */
    detailIsPlain: false,
  },
  en: {
    failed: 'That did not work',
    technical: 'Technical detail',
    heading: {
      400: 'Invalid input',
      401: 'Not signed in',
      403: 'Not allowed',
      404: 'Not found',
      409: 'Conflict',
      429: 'Too many attempts',
      500: 'Error on our side',
    } satisfies Record<Status, string>,
    explain: {
      400: 'The request is not valid.',
      401: 'You are not signed in (any more). Please sign in again.',
      403: 'Your role may not do this, or not for this seller. Ask an admin if need be.',
      404: 'This does not exist (any more), or you cannot see it.',
      409: 'This cannot be done in the present state.',
      429: 'Too many failed attempts. Please try again later.',
      500: 'Something went wrong on our side. Please try again later.',
    } satisfies Record<Status, string>,
    retryIn: (seconds: number) =>
      `Too many failed attempts. Please try again in ${
        seconds < 60
          ? `${seconds} seconds`
          : seconds < 120
            ? '1 minute'
            : `${Math.ceil(seconds / 60)} minutes`
      }.`,
    field: (field: string, problem: string) => `${field}: ${problem}`,
    /** The API's detail is English: the message itself. */
    detailIsPlain: true,
  },
};

/** The API's wordings of a field's problem (src/http/validation-messages.ts and the rules), in Dutch. */
const dutchProblems: readonly [RegExp, string][] = [
  [/^is required$/, 'is verplicht'],
  [/^is required for (.+) contracts$/, 'is verplicht voor contracten van het soort $1'],
  [/^is not a known field$/, 'is geen bekend veld'],
  [/^is not a known parameter$/, 'is geen bekende parameter'],
  [/^is invalid$/, 'is ongeldig'],
  [/^is missing$/, 'ontbreekt'],
  [/^is missing: (.+)$/, 'ontbreekt: $1'],
  [/^is not a date$/, 'is geen datum'],
  [/^(?:is empty|must not be empty)$/, 'mag niet leeg zijn'],
  [/^must be text$/, 'moet tekst zijn'],
  [/^must be a date \(YYYY-MM-DD\)$/, 'moet een datum zijn (JJJJ-MM-DD)'],
  [
    /^must be a date and time \(ISO 8601 with offset\)$/,
    'moet een datum en tijd zijn (ISO 8601 met tijdverschil)',
  ],
  [/^must be an e-mail address$/, 'moet een e-mailadres zijn'],
  [/^must be a URL$/, 'moet een URL zijn'],
  [/^must be a UUID$/, 'moet een UUID zijn'],
  [/^must be in (.+) format$/, 'moet de vorm $1 hebben'],
  [/^must be a string$/, 'moet tekst zijn'],
  [/^must be a number$/, 'moet een getal zijn'],
  [/^must be an integer$/, 'moet een geheel getal zijn'],
  [/^must be a boolean$/, 'moet ja of nee (true of false) zijn'],
  [/^must be an object$/, 'moet een object zijn'],
  [/^must be an array$/, 'moet een lijst zijn'],
  [/^must be one of (.+)$/, 'moet een van deze zijn: $1'],
  [/^must be (>=|<=|>|<) (\S+)$/, 'moet $1 $2 zijn'],
  [/^must be a whole number from 1 to (\d+)$/, 'moet een geheel getal van 1 tot en met $1 zijn'],
  [/^must NOT have fewer than (\d+) characters$/, 'moet minstens $1 tekens hebben'],
  [/^must NOT have more than (\d+) characters$/, 'mag hoogstens $1 tekens hebben'],
  [/^must NOT have fewer than (\d+) items$/, 'moet minstens $1 items hebben'],
  [/^must NOT have more than (\d+) items$/, 'mag hoogstens $1 items hebben'],
  [/^must list at least (\d+) items?$/, 'moet minstens $1 item bevatten'],
  [/^must match pattern "(.+)"$/, 'heeft niet de vorm $1'],
  [/^is longer than (\d+) characters$/, 'is langer dan $1 tekens'],
  [
    /^must be at least (\d+) characters \(it has (\d+)\)$/,
    'moet minstens $1 tekens hebben (het heeft er $2)',
  ],
  [/^must be at most (\d+) characters$/, 'mag hoogstens $1 tekens hebben'],
  [/^is missing or not the session’s CSRF token$/, 'ontbreekt of is niet het CSRF-token van deze sessie'],
];

function dutchFieldProblem(problem: string): string | undefined {
  for (const [pattern, dutch] of dutchProblems)
    if (pattern.test(problem)) return problem.replace(pattern, dutch);
  return undefined;
}

function statusOf(status: number): Status | undefined {
  if (status >= 500) return 500;
  return ([400, 401, 403, 404, 409, 429] as const).find((known) => known === status);
}

interface Props {
  readonly error: unknown;
  /** What a status means on this screen, in the screen's language (sign-in: 401 is a wrong password). */
  readonly meaning?: Partial<Record<number, string>>;
}

/**
 * An error from the API as a person reads it, in the screen's language: what went wrong, each field
 * with its problem, and the API's own words as the technical detail where the text is only the gist.
 */
export function ProblemBanner({ error, meaning }: Props) {
  const t = useTexts(texts);
  if (!error) return null;
  const problem = error instanceof ApiError ? error.problem : undefined;
  if (!problem) {
    return (
      <div role="alert" className="problem">
        <strong>{t.failed}</strong>
        {error instanceof Error ? (
          <p className="technical">
            {t.technical}: {error.message}
          </p>
        ) : null}
      </div>
    );
  }
  // A problem the screen made itself (a field it checked before asking) is in its language already.
  const fromTheApi = problem.type.startsWith('urn:vezel:problem:') || !problem.errors?.length;
  if (!fromTheApi) {
    return (
      <div role="alert" className="problem">
        <strong>{problem.title}</strong>
        {problem.detail ? <p>{problem.detail}</p> : null}
        <FieldList
          items={(problem.errors ?? []).map((e) => ({
            key: `${e.field}:${e.problem}`,
            text: `${e.field}: ${e.problem}`,
          }))}
        />
      </div>
    );
  }
  const status = statusOf(problem.status);
  const retryAfter = error instanceof ApiError ? error.retryAfterSeconds : undefined;
  const fields = (problem.errors ?? []).map((e) => ({
    key: `${e.field}:${e.problem}`,
    text: t.field(e.field, e.problem),
  }));
  const special = meaning?.[problem.status];
  // The fields say it all for invalid input (the API's detail only repeats them).
  const listsFields = status === 400 && fields.length > 0;
  // Above the fields: what the status means on this screen, else the API's detail where it is in
  // the screen's language, else the gist of the status, in the screen's language.
  const waitSaid = status === 429 && retryAfter !== undefined;
  let message: string | undefined;
  if (special) message = special;
  else if (listsFields) message = undefined;
  else if (t.detailIsPlain && problem.detail) message = problem.detail;
  else if (waitSaid) message = t.retryIn(retryAfter);
  else if (status) message = t.explain[status];
  // The API's own words, where the message is only their gist (a 500's and a 429's are said in full).
  const said = special || listsFields || waitSaid || status === 500;
  const technical = said || t.detailIsPlain ? undefined : problem.detail;
  return (
    <div role="alert" className="problem">
      <strong>{status ? t.heading[status] : t.failed}</strong>
      {message ? <p>{message}</p> : null}
      <FieldList items={fields} />
      {technical ? (
        <p className="technical">
          {t.technical}: <span lang="en">{technical}</span>
        </p>
      ) : null}
    </div>
  );
}

function FieldList({ items }: { items: readonly { key: string; text: string }[] }) {
  if (items.length === 0) return null;
  return (
    <ul>
      {items.map((item) => (
        <li key={item.key}>{item.text}</li>
      ))}
    </ul>
  );
}
