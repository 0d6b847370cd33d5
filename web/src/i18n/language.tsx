import { createContext, useContext, useState } from 'react';
import type { ReactNode } from 'react';

/*
 * Dutch by default, English on request. Each screen keeps its own texts beside it —
 * `const texts = { nl: {…}, en: {…} }` and `const t = useTexts(texts)` — so a screen and its words
 * are read and changed together; TypeScript checks that both languages have every key.
 */

export type Language = 'nl' | 'en';

interface LanguageState {
  readonly language: Language;
  setLanguage(language: Language): void;
}

const LanguageContext = createContext<LanguageState>({ language: 'nl', setLanguage: () => {} });

const storageKey = 'vezel.language';

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setState] = useState<Language>(() =>
    localStorage.getItem(storageKey) === 'en' ? 'en' : 'nl',
  );
  const setLanguage = (next: Language) => {
    localStorage.setItem(storageKey, next);
    document.documentElement.lang = next;
    setState(next);
  };
  document.documentElement.lang = language;
  return <LanguageContext.Provider value={{ language, setLanguage }}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}

/** The texts of the current language; `texts.en` must have exactly the keys of `texts.nl`. */
export function useTexts<T extends Record<string, unknown>>(texts: { nl: T; en: NoInfer<T> }): T {
  return texts[useLanguage().language];
}
