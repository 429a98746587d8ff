import { useTranslation } from 'react-i18next';
import type { Suggestion } from '../../core/gaps/types';
import { GapQuestion } from './GapSection';
import type { GapLabels } from './labels';
import { ShowOnMap } from './ShowOnMap';
import { listIn } from '../../core/model/lists';

interface Props {
  suggestions: readonly Suggestion[];
  labels: GapLabels;
  onShowPartners: (ids: string[]) => void;
}

/** The gap a suggestion would close, in words; suggestions for one gap are listed together. */
function useGapTitle(labels: GapLabels): (gap: Suggestion['gap']) => string {
  const { t } = useTranslation();
  return ({ kind, type, a, b }) =>
    kind === 'missing-type'
      ? t('gaps.suggestions.gap.missing-type', { type: labels.type(type ?? '') })
      : t(`gaps.suggestions.gap.${kind}`, { a: labels.sector(a ?? ''), b: labels.sector(b ?? '') });
}

function groupByGap(suggestions: readonly Suggestion[]): Suggestion[][] {
  const groups = new Map<string, Suggestion[]>();
  for (const suggestion of suggestions) {
    const { kind, type, a, b } = suggestion.gap;
    const key = [kind, type ?? '', a ?? '', b ?? ''].join('\u0000');
    listIn(groups, key).push(suggestion);
  }
  return [...groups.values()];
}

/**
 * Partners already in the network who might close a gap. They are offered as suggestions for the
 * coordinator to weigh, never as findings.
 */
export function Suggestions({ suggestions, labels, onShowPartners }: Props) {
  const { t } = useTranslation();
  const gapTitle = useGapTitle(labels);
  return (
    <GapQuestion title={t('gaps.suggestions.title')}>
      {suggestions.length === 0 ? (
        <p>{t('gaps.suggestions.none')}</p>
      ) : (
        <>
          <p className="gaps-help">{t('gaps.suggestions.intro')}</p>
          {groupByGap(suggestions).map((group) => {
            const first = group[0];
            if (first === undefined) return null;
            const title = gapTitle(first.gap);
            return (
              <div key={title} className="gaps-group">
                <p className="gaps-group-head">{title}</p>
                <ul className="gaps-suggestions">
                  {group.map((suggestion) => (
                    <li key={suggestion.partner}>
                      <strong>{labels.partner(suggestion.partner)}</strong> –{' '}
                      <em>{t(`gaps.suggestion.${suggestion.reason}`, { ...suggestion.named })}</em>{' '}
                      <ShowOnMap
                        ids={[
                          suggestion.partner,
                          ...(suggestion.via?.a ?? []),
                          ...(suggestion.via?.b ?? []),
                        ]}
                        what={labels.partner(suggestion.partner)}
                        onShowPartners={onShowPartners}
                      />
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </>
      )}
    </GapQuestion>
  );
}
