import { useTranslation } from 'react-i18next';

interface Props {
  ids: readonly string[];
  /** What is shown, for the button's accessible name ("Auf der Karte zeigen: …"). */
  what: string;
  onShowPartners: (ids: string[]) => void;
}

/** The partners a finding is about, shown on the map; nothing to show, no button. */
export function ShowOnMap({ ids, what, onShowPartners }: Props) {
  const { t } = useTranslation();
  if (ids.length === 0) return null;
  return (
    <button
      type="button"
      className="gaps-show"
      aria-label={t('gaps.showOnMapFor', { what })}
      onClick={() => onShowPartners([...new Set(ids)])}
    >
      {t('gaps.showOnMap')}
    </button>
  );
}
