import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkAnalysis } from '../../core/analysis/analyse-network';
import type { Partner } from '../../core/model/types';
import { AnalysisSection } from './AnalysisSection';
import { PartnerName } from './Names';
import { ShowAll } from './ShowAll';

/** Entries drawn before the reader asks for all: large generated networks have hundreds. */
const FIRST_ENTRIES = 50;

interface ListProps<T> {
  title: string;
  empty: string;
  entries: readonly T[];
  entry: (item: T) => { key: string; content: ReactNode };
}

function KeyPointList<T>({ title, empty, entries, entry }: ListProps<T>) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? entries : entries.slice(0, FIRST_ENTRIES);
  return (
    <div>
      <h4>{title}</h4>
      {entries.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <>
          <ul className="analysis-key-points" aria-label={title}>
            {shown.map((item) => {
              const { key, content } = entry(item);
              return <li key={key}>{content}</li>;
            })}
          </ul>
          <ShowAll shown={shown.length} total={entries.length} onShowAll={() => setShowAll(true)} />
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
