import { useEffect, useState } from 'react';
import { useTexts } from '../../../i18n/language.tsx';

const texts = {
  nl: {
    loading: 'PDF laden…',
    failed: 'De PDF kon niet worden geladen',
    open: 'PDF openen in een nieuw venster',
  },
  en: {
    loading: 'Loading PDF…',
    failed: 'The PDF could not be loaded',
    open: 'Open the PDF in a new window',
  },
};

/**
 * A PDF of the API shown in the page: fetched as a blob (the session cookie goes along) and shown in
 * an <iframe src="blob:…"> (the app's CSP allows frame-src blob:); the URL is released on leaving.
 */
export function PdfPreview({ url, title }: { url: string; title: string }) {
  const t = useTexts(texts);
  const [blobUrl, setBlobUrl] = useState<string>();
  const [type, setType] = useState('');
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    let made: string | undefined;
    setBlobUrl(undefined);
    setFailed(false);
    fetch(url, { credentials: 'same-origin', headers: { accept: 'application/pdf' } })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const blob = await response.blob();
        if (!current) return;
        made = URL.createObjectURL(new Blob([blob], { type: 'application/pdf' }));
        setType(blob.type);
        setBlobUrl(made);
      })
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [url]);
  return (
    <div className="pdf-preview">
      {failed ? (
        <p role="alert" className="problem">
          {t.failed}
        </p>
      ) : blobUrl ? (
        <iframe src={blobUrl} title={title} data-type={type} />
      ) : (
        <p className="muted">{t.loading}</p>
      )}
      <p>
        <a href={url} target="_blank" rel="noreferrer">
          {t.open}
        </a>
      </p>
    </div>
  );
}
