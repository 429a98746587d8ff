import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkAnalysis } from '../../core/analysis/analyse-network';
import type { Partner } from '../../core/model/types';
import { AnalysisSection } from './AnalysisSection';
import { PartnerName } from './Names';
import { Pager, usePages } from '../components/Pager';

/** Entries on a page: large networks have hundreds. */
const ENTRIES_PER_PAGE = 50;

interface ListProps<T> {
  title: string;
  empty: string;
  entries: readonly T[];
  entry: (item: T) => { key: string; content: ReactNode };
}

function KeyPointList<T>({ title, empty, entries, entry }: ListProps<T>) {
  const pages = usePages(entries, ENTRIES_PER_PAGE);
  return (
    <div>
      <h4>{title}</h4>
      {entries.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <>
          <Pager pages={pages} name={title} kind="list" />
          <ul className="analysis-key-points" aria-label={title}>
            {pages.shown.map((item) => {
              const { key, content } = entry(item);
              return <li key={key}>{content}</li>;
            })}
          </ul>
        </>
      )}
    </div>
  );
}

interface Props {
  analysis: NetworkAnalysis;
  partners: ReadonlyMap<string, Partner>;
  onSelect: (id: string) => void;
}

/** The articulation points and bridges: the partners and cooperations the network hangs on. */
export function KeyPoints({ analysis, partners, onSelect }: Props) {
  const { t } = useTranslation();
  const { articulationPoints, bridges } = analysis.network;
  const name = (id: string) => (
    <PartnerName
      id={id}
      name={partners.get(id)?.name ?? id}
      sector={partners.get(id)?.sector ?? ''}
      onSelect={onSelect}
    />
  );
  return (
    <AnalysisSection title={t('analysis.sections.keyPoints')}>
      <p className="analysis-callout">{t('analysis.keyPoints.why')}</p>
      <div className="analysis-columns">
        <KeyPointList
          title={t('analysis.keyPoints.articulationPoints')}
          empty={t('analysis.keyPoints.noArticulationPoints')}
          entries={articulationPoints}
          entry={(id) => ({ key: id, content: name(id) })}
        />
        <KeyPointList
          title={t('analysis.keyPoints.bridges')}
          empty={t('analysis.keyPoints.noBridges')}
          entries={bridges}
          entry={([a, b]) => ({
            key: `${a}\u0000${b}`,
            content: (
              <>
                {name(a)} <span aria-hidden="true">↔</span>
                <span className="analysis-visually-hidden">{t('analysis.keyPoints.and')}</span>{' '}
                {name(b)}
              </>
            ),
          })}
        />
      </div>
    </AnalysisSection>
  );
}
