import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ProblemBanner } from '../../components/problem-banner.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useTexts } from '../../i18n/language.tsx';
import { PublishTermsForm } from './sales/publish-terms-form.tsx';
import type { TermsProfileListing } from './sales/sales-types.ts';
import { TermsObjections } from './sales/terms-objections.tsx';

const texts = {
  nl: {
    title: 'Voorwaarden',
    profiles: 'Voorwaardenprofielen en versies',
    id: 'Profiel',
    seller: 'Verkoper',
    name: 'Titel',
    version: 'Versie',
    published: 'Gepubliceerd',
    origin: 'Herkomst',
    supersedes: 'Vervangt',
    shipped: 'Meegeleverd',
    operator: 'Eigen',
  },
  en: {
    title: 'Terms',
    profiles: 'Terms profiles and versions',
    id: 'Profile',
    seller: 'Seller',
    name: 'Title',
    version: 'Version',
    published: 'Published',
    origin: 'Origin',
    supersedes: 'Replaces',
    shipped: 'Shipped',
    operator: 'Own',
  },
};

/** Terms profiles and their versions; publishing a new one (vn:1.1.4) and deciding the objections to it. */
export function TermsPage() {
  const t = useTexts(texts);
  const [round, setRound] = useState(0);
  // A handful of profiles (two shipped sellers and the operator's versions): read whole.
  const profiles = useApi(() => api.get<TermsProfileListing[]>('/terms-profiles'), [round]);
  const list = profiles.data ?? [];
  const superseded = new Set(list.map((p) => p.supersedes).filter(Boolean));
  return (
    <>
      <h1>{t.title}</h1>
      <section className="card" aria-labelledby="terms-profiles">
        <h2 id="terms-profiles">{t.profiles}</h2>
        <ProblemBanner error={profiles.error} />
        <table aria-labelledby="terms-profiles">
          <thead>
            <tr>
              <th scope="col">{t.id}</th>
              <th scope="col">{t.seller}</th>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.version}</th>
              <th scope="col">{t.published}</th>
              <th scope="col">{t.origin}</th>
              <th scope="col">{t.supersedes}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((p) => (
              <tr key={p.id}>
                <td className={superseded.has(p.id) ? 'muted' : undefined}>{p.id}</td>
                <td>{p.seller}</td>
                <td>{p.title}</td>
                <td>{p.version}</td>
                <td>{formatDate(p.publishedOn)}</td>
                <td>{p.origin === 'shipped' ? t.shipped : t.operator}</td>
                <td>{p.supersedes ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <PublishTermsForm profiles={list} onPublished={() => setRound((n) => n + 1)} />
      <TermsObjections versionIds={list.filter((p) => p.supersedes).map((p) => p.id)} round={round} />
    </>
  );
}
