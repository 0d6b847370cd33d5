import { api } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useTexts } from '../../../i18n/language.tsx';

const texts = {
  nl: { provider: 'Aanbieder', choose: '— kies een aanbieder —' },
  en: { provider: 'Provider', choose: '— choose a provider —' },
};

/** The admitted third-party providers (a short list) to choose from. */
export function ProviderPicker({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const t = useTexts(texts);
  const providers = useApi(() => api.get<{ id: string; name: string }[]>('/providers'), []);
  return (
    <label>
      {t.provider}
      <select value={value} onChange={(e) => onChange(e.target.value)} required>
        <option value="">{t.choose}</option>
        {providers.data?.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name} ({p.id})
          </option>
        ))}
      </select>
    </label>
  );
}
