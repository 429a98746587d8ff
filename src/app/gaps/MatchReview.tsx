import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TypeMatch } from '../../core/catalogue/match-partner-type';
import type { Catalogue } from '../../core/catalogue/types';
import { Pager, usePages } from '../components/Pager';
import { useFormatNumber } from '../i18n/format';
import { FindingTable } from './FindingTable';
import { GapQuestion } from './GapSection';
import type { GapLabels } from './labels';
import { TypeSelect } from './TypeSelect';
import { germanOrder } from '../text/german-order';

/** Below this confidence a match is shown first and asks to be confirmed. */
export const UNCERTAIN_MATCH = 0.8;

/** Matches on a page: each row holds a select with every catalogue type (344 rows took 2 s). */
const MATCHES_PER_PAGE = 50;

interface Props {
  matches: readonly TypeMatch[];
  catalogue: Catalogue;
  labels: GapLabels;
  onCorrectType: (partnerId: string, typeId: string | null) => void;
}

/**
 * "Zuordnung prüfen": every finding above rests on which type each partner was taken to be. The
 * uncertain matches come first, each with a way to confirm or correct it; the rest fold away and
 * are drawn only when opened (a select with every catalogue type per partner is heavy).
 */
export function MatchReview({ matches, catalogue, labels, onCorrectType }: Props) {
  const { t } = useTranslation();
  const [showCertain, setShowCertain] = useState(false);
  const { uncertain, certain } = useMemo(() => {
    const byName = (a: TypeMatch, b: TypeMatch) =>
      germanOrder(labels.partner(a.partnerId), labels.partner(b.partnerId));
    return {
      uncertain: matches
        .filter((m) => m.confidence < UNCERTAIN_MATCH)
        .sort((a, b) => a.confidence - b.confidence || byName(a, b)),
      certain: matches.filter((m) => m.confidence >= UNCERTAIN_MATCH).sort(byName),
    };
  }, [matches, labels]);
  const table = (rows: readonly TypeMatch[], caption: string) => (
    <MatchTable
      rows={rows}
      caption={caption}
      catalogue={catalogue}
      labels={labels}
      onCorrectType={onCorrectType}
    />
  );
  return (
    <GapQuestion title={t('gaps.review.title')}>
      <p className="gaps-help">{t('gaps.review.intro')}</p>
      {uncertain.length === 0 ? (
        <p>{t('gaps.review.allCertain')}</p>
      ) : (
        table(uncertain, t('gaps.review.uncertain'))
      )}
      {certain.length > 0 && (
        <details onToggle={(event) => setShowCertain(event.currentTarget.open)}>
          <summary>{t('gaps.review.certain', { count: certain.length })}</summary>
          {showCertain && table(certain, t('gaps.review.certainCaption'))}
        </details>
      )}
    </GapQuestion>
  );
}

function MatchTable({
  rows,
  caption,
  catalogue,
  labels,
  onCorrectType,
}: Omit<Props, 'matches'> & { rows: readonly TypeMatch[]; caption: string }) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const pages = usePages(rows, MATCHES_PER_PAGE);
  return (
    <>
      <Pager pages={pages} name={caption} />
      <FindingTable
        caption={caption}
        columns={[
          t('gaps.review.partner'),
          t('gaps.review.matched'),
          t('gaps.review.confidence'),
          t('gaps.review.reason'),
          t('gaps.review.correct'),
        ]}
      >
        {pages.shown.map((match) => {
          const partner = labels.partner(match.partnerId);
          const type = match.typeId === null ? null : labels.type(match.typeId);
          const confirmable =
            type !== null &&
            match.reason !== 'user-correction' &&
            match.confidence < UNCERTAIN_MATCH;
          return (
            <tr key={match.partnerId}>
              <th scope="row">{partner}</th>
              <td>{type ?? (match.sectorId === null ? '–' : labels.sector(match.sectorId))}</td>
              <td className="num">
                {t('gaps.percent', { value: format(match.confidence * 100) })}
              </td>
              <td>{t(`gaps.typeMatch.${match.reason}`)}</td>
              <td className="gaps-correct">
                <TypeSelect
                  match={match}
                  catalogue={catalogue}
                  labels={labels}
                  onCorrectType={onCorrectType}
                />
                {confirmable && (
                  <button
                    type="button"
                    aria-label={t('gaps.review.confirmFor', { partner, type })}
                    onClick={() => onCorrectType(match.partnerId, match.typeId)}
                  >
                    {t('gaps.review.confirm')}
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </FindingTable>
    </>
  );
}
