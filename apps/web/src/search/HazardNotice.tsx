import type { Hazard } from '../graphql/operations';
import { useI18n } from '../i18n/I18nContext';

/** Says that an object is hazardous, not for reuse, and where it goes (the sub-category's advice). */
export function HazardNotice({ hazard }: { hazard: Hazard }) {
  const { t } = useI18n();
  return (
    <div className="notice notice-warning" role="note">
      <p>
        <strong>{t.objectHazardTitle}</strong>
      </p>
      <p>{hazard.advice}</p>
    </div>
  );
}
