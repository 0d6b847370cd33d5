import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../../api/client.ts';
import { ProblemBanner } from '../../../components/problem-banner.tsx';
import { useTexts } from '../../../i18n/language.tsx';
import type { TermsProfileListing } from './sales-types.ts';

const texts = {
  nl: {
    title: 'Nieuwe versie publiceren',
    supersedes: 'Vervangt versie',
    choose: '— kies de versie die vervangen wordt —',
    load: 'Huidige versie als begin nemen',
    file: 'Of een profiel als JSON-bestand',
    document: 'Het nieuwe profiel (JSON)',
    validate: 'Controleren',
    publish: 'Publiceren',
    valid: 'Het profiel is in orde.',
    invalid: 'Het profiel klopt niet:',
    notJson: 'Dit is geen geldige JSON',
    published: (id: string, n: number) =>
      `Versie ${id} gepubliceerd; ${n} lopend(e) contract(en) kregen bericht (vn:1.1.4).`,
  },
  en: {
    title: 'Publish a new version',
    supersedes: 'Replaces version',
    choose: '— choose the version it replaces —',
    load: 'Start from the current version',
    file: 'Or a profile as a JSON file',
    document: 'The new profile (JSON)',
    validate: 'Check',
    publish: 'Publish',
    valid: 'The profile is valid.',
    invalid: 'The profile is not valid:',
    notJson: 'This is not valid JSON',
    published: (id: string, n: number) =>
      `Version ${id} published; ${n} running contract(s) were told (vn:1.1.4).`,
  },
};

interface Validation {
  readonly valid: boolean;
  readonly problems: readonly { path: string; problem: string }[];
}

/** vn:1.1.4: a new version of a seller's terms, checked, then published with every running contract told. */
export function PublishTermsForm({
  profiles,
  onPublished,
}: {
  profiles: readonly TermsProfileListing[];
  onPublished: () => void;
}) {
  const t = useTexts(texts);
  const [supersedes, setSupersedes] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>();
  const [validation, setValidation] = useState<Validation>();
  const [published, setPublished] = useState<string>();

  const parsed = (): unknown => {
    try {
      return JSON.parse(text);
    } catch {
      setError(new Error(t.notJson));
      return undefined;
    }
  };

  const load = async () => {
    setError(undefined);
    try {
      const { profile } = await api.get<{ profile: unknown }>(`/terms-profiles/${supersedes}`);
      setText(JSON.stringify(profile, null, 2));
    } catch (caught) {
      setError(caught);
    }
  };

  const validate = async () => {
    setError(undefined);
    setValidation(undefined);
    const document = parsed();
    if (document === undefined) return;
    try {
      setValidation(await api.post<Validation>('/terms-profiles/validate', document));
    } catch (caught) {
      setError(caught);
    }
  };

  const publish = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setPublished(undefined);
    const document = parsed();
    if (document === undefined) return;
    try {
      const answer = await api.post<{ id: string; notified: string[] }>('/contracts/terms-versions', {
        document,
        supersedes,
      });
      setPublished(t.published(answer.id, answer.notified.length));
      setValidation(undefined);
      onPublished();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <section className="card" aria-labelledby="publish-terms">
      <h2 id="publish-terms">{t.title}</h2>
      <form className="stack sales-wide" onSubmit={publish} aria-labelledby="publish-terms">
        <div className="sales-row">
          <label>
            {t.supersedes}
            <select value={supersedes} onChange={(e) => setSupersedes(e.target.value)} required>
              <option value="">{t.choose}</option>
              {profiles.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.id}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="secondary" disabled={!supersedes} onClick={() => void load()}>
            {t.load}
          </button>
          <label>
            {t.file}
            <input
              type="file"
              accept="application/json,.json"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void file.text().then(setText);
              }}
            />
          </label>
        </div>
        <label>
          {t.document}
          <textarea
            className="sales-json"
            rows={12}
            value={text}
            onChange={(e) => setText(e.target.value)}
            required
            spellCheck={false}
          />
        </label>
        <ProblemBanner error={error} />
        {validation ? (
          validation.valid ? (
            <p className="notice good" role="status">
              ✓ {t.valid}
            </p>
          ) : (
            <div role="alert" className="problem">
              <strong>{t.invalid}</strong>
              <ul>
                {validation.problems.map((p) => (
                  <li key={`${p.path}:${p.problem}`}>
                    <code>{p.path}</code>: {p.problem}
                  </li>
                ))}
              </ul>
            </div>
          )
        ) : null}
        {published ? (
          <p className="notice" role="status">
            {published}
          </p>
        ) : null}
        <div className="sales-row">
          <button type="button" className="secondary" onClick={() => void validate()}>
            {t.validate}
          </button>
          <button type="submit" disabled={!supersedes || !text}>
            {t.publish}
          </button>
        </div>
      </form>
    </section>
  );
}
