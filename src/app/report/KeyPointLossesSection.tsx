import type { KeyPointLoss } from '../../core/what-if/key-point-losses';
import { Findings } from './Findings';
import { pick } from './GapsSection';
import { ReportSection } from './ReportSection';
import type { SectionProps } from './types';

/** Names a cell lists before it counts the rest: a hub's loss may leave hundreds alone. */
const NAMES_LISTED = 20;

/**
 * "Was wäre, wenn eine Schlüsselstelle wegfällt?": for each articulation point, in plain words,
 * who would be left without any cooperation, who would be cut off from the rest of the network and
 * which sectors would no longer cooperate — those with the gravest consequences first.
 */
export function KeyPointLossesSection({ data, t, format, nameOf }: SectionProps) {
  const losses = data.keyPointLosses ?? [];
  const labels = new Map(data.gaps.sectorLabels.map(({ id, label }) => [id, label]));
  const sector = (id: string) => pick(labels.get(id), data.language) ?? id;
  const names = (ids: readonly string[]) => {
    const listed = ids.slice(0, NAMES_LISTED).map(nameOf).join(', ');
    const more = ids.length - NAMES_LISTED;
    return more > 0
      ? t('report.losses.andMore', { names: listed, count: more, number: format.number(more) })
      : listed;
  };
  const consequences = (loss: KeyPointLoss): string[] => [
    ...(loss.isolated.length > 0
      ? [t('report.losses.isolated', { names: names(loss.isolated) })]
      : []),
    ...(loss.cutOffCount === 0
      ? []
      : loss.cutOff.length > 0
        ? [t('report.losses.cutOff', { names: names(loss.cutOff) })]
        : [
            t('report.losses.cutOffCount', {
              count: loss.cutOffCount,
              number: format.number(loss.cutOffCount),
            }),
          ]),
    ...loss.sectorPairsUnlinked.map(({ a, b }) =>
      t('report.losses.unlinked', { a: sector(a), b: sector(b) }),
    ),
    ...loss.sectorsCutOff.map((id) => t('report.losses.sectorCutOff', { sector: sector(id) })),
    t('report.losses.parts', {
      after: format.number(loss.parts),
      before: format.number(data.report.network.components),
    }),
  ];
  return (
    <ReportSection id="losses" heading={t('report.sections.losses')}>
      <p>{t('report.losses.intro')}</p>
      <Findings
        heading={t('report.losses.heading')}
        none={t('report.losses.none')}
        columns={[{ label: t('report.losses.partner') }, { label: t('report.losses.effects') }]}
        items={losses}
        row={(loss) => ({
          key: loss.partner,
          cells: [
            nameOf(loss.partner),
            <ul key="effects">
              {consequences(loss).map((sentence) => (
                <li key={sentence}>{sentence}</li>
              ))}
            </ul>,
          ],
        })}
        more={(shown, total) =>
          t('report.losses.more', {
            shown: format.number(shown),
            total: format.number(total),
          })
        }
      />
    </ReportSection>
  );
}
