import { useI18n } from '../i18n/I18nContext';
import { useGuideText } from './guide-text';

/** The printable one-page guide of a commune, served by the API (`GET /guide/<INSEE>.pdf`, docs/user-guide.md). */
export function guideUrl(inseeCode: string, lang: 'fr' | 'en'): string {
  return `/guide/${encodeURIComponent(inseeCode)}.pdf${lang === 'en' ? '?lang=en' : ''}`;
}

/** "Imprimer le guide de Cherbourg-en-Cotentin": a plain link to the PDF (the browser opens or prints it). */
export function CommuneGuideLink({ inseeCode, commune }: { inseeCode: string; commune: string }) {
  const { lang } = useI18n();
  const text = useGuideText();
  return (
    <p className="commune-guide">
      <a href={guideUrl(inseeCode, lang)} type="application/pdf">
        {text.print(commune)}
      </a>{' '}
      <small>({text.details})</small>
    </p>
  );
}
