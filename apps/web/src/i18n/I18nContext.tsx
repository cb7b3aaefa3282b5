import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { dictionaries, locales, type Dictionary, type Lang } from './dictionary';

interface I18nValue {
  lang: Lang;
  /** Value for the GraphQL `Lang` enum. */
  apiLang: 'FR' | 'EN';
  locale: string;
  t: Dictionary;
  setLang(lang: Lang): void;
}

const I18nContext = createContext<I18nValue | null>(null);
const storageKey = 'reemploi.lang';

function initialLang(): Lang {
  try {
    const fromUrl = new URLSearchParams(window.location.search).get('lang');
    if (fromUrl === 'en' || fromUrl === 'fr') return fromUrl;
    const stored = window.localStorage.getItem(storageKey);
    if (stored === 'en' || stored === 'fr') return stored;
  } catch {
    // Storage can be blocked (private mode, embedded iframes): French is the default.
  }
  return 'fr';
}

export function I18nProvider({ children, lang: forcedLang }: { children: ReactNode; lang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => forcedLang ?? initialLang());
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      window.localStorage.setItem(storageKey, next);
    } catch {
      // Not persisted; the switch still works for this visit.
    }
  }, []);
  const value = useMemo<I18nValue>(
    () => ({ lang, apiLang: lang === 'en' ? 'EN' : 'FR', locale: locales[lang], t: dictionaries[lang], setLang }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
