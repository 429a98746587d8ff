import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../core/catalogue/types';
import type { GapReport, MissingType } from '../../core/gaps/types';
import {
  newestFigureByType,
  type ReferenceComparison,
} from '../../core/reference/compare-with-reference';
import type { ReferenceFigure } from '../../core/reference/types';
import { referenceSentence } from '../text/reference-text';
import { GapFinding } from './GapSection';
import { missingTypesBySector } from './grouping';
import type { GapLabels } from './labels';
import { SectorName } from './SectorName';
import { ShowOnMap } from './ShowOnMap';
import { useReferenceWords } from './use-reference-words';

interface Props {
  report: GapReport;
  catalogue: Catalogue;
  /** The reference figures beside the network, for a line under each missing type they cover. */
  comparison: ReferenceComparison;
  labels: GapLabels;
  bySector: ReadonlyMap<string, string[]>;
  onShowPartners: (ids: string[]) => void;
}

/**
 * "Was fehlt?": types the catalogue expects that no partner matches, each with how many
 * municipalities have that partner group where the reference figures say so, and sectors
 * without partners.
 */
export function MissingTypes({
  report,
  catalogue,
  comparison,
  labels,
  bySector,
  onShowPartners,
}: Props) {
  const { t } = useTranslation();
  const groups = missingTypesBySector(report.missingTypes, catalogue);
  const figures = newestFigureByType(comparison.rows);
  return (
    <>
      <GapFinding title={t('gaps.missingTypes.title')}>
        {groups.length === 0 ? (
          <p>{t('gaps.missingTypes.none')}</p>
        ) : (
          <>
            <p className="gaps-help">{t('gaps.missingTypes.intro')}</p>
            {groups.map(({ sector, types }) => (
              <div key={sector} className="gaps-group">
                <p className="gaps-group-head">
                  <SectorName id={sector} labels={labels} />
                  <ShowOnMap
                    ids={bySector.get(sector) ?? []}
                    what={t('gaps.missingTypes.sectorPartners', { sector: labels.sector(sector) })}
                    onShowPartners={onShowPartners}
                  />
                </p>
                <ul>
                  {types.map((missing) => (
                    <li key={missing.type}>
                      <MissingTypeText missing={missing} labels={labels} />
                      <ReferenceLine figure={figures.get(missing.type)} comparison={comparison} />
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </>
        )}
      </GapFinding>
      {report.missingSectors.length > 0 && (
        <GapFinding title={t('gaps.missingSectors.title')}>
          <ul>
            {report.missingSectors.map((sector) => (
              <li key={sector}>
                {t('gaps.missingSectors.item', { sector: labels.sector(sector) })}
              </li>
            ))}
          </ul>
        </GapFinding>
      )}
    </>
  );
}

/**
 * "Im Netzwerk fehlt: Geburtsklinik (§ 3 Abs. 2 KKG: Krankenhäuser)". The words of the law are
 * known for the default catalogue's types; a type of a user's catalogue shows its basis alone.
 */
function MissingTypeText({ missing, labels }: { missing: MissingType; labels: GapLabels }) {
  const { t, i18n } = useTranslation();
  const basis = t(`gaps.basis.${missing.basis}`);
  const lawKey = `gaps.lawTerm.${missing.type}`;
  const evidence = i18n.exists(lawKey)
    ? t('gaps.missingTypes.lawTerm', { basis, term: t(lawKey) })
    : basis;
  return <>{t('gaps.missingTypes.item', { type: labels.type(missing.type), evidence })}</>;
}

/** "Zum Vergleich – Familienhebammen/…: in 92,9 % der Kommunen im Netzwerk (NZFH 2020) – …". */
function ReferenceLine({
  figure,
  comparison,
}: {
  figure: ReferenceFigure | undefined;
  comparison: ReferenceComparison;
}) {
  const words = useReferenceWords();
  if (figure === undefined) return null;
  const sentence = referenceSentence(words, comparison.reference.unit, {
    figure,
    inNetwork: false,
  });
  return (
    <>
      <br />
      <span className="gaps-reference-line">{words.t('reference.beside', { sentence })}</span>
    </>
  );
}
