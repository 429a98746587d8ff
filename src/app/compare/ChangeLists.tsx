import { useTranslation } from 'react-i18next';
import type { IntensityChange, NetworkComparison, PartnerRef } from '../../core/compare';
import type { Catalogue } from '../../core/catalogue/types';
import { ChangeList } from './ChangeList';

interface Props {
  standName: string;
  comparison: NetworkComparison;
  catalogue: Catalogue;
}

/** What changed since the Stand, list by list, each with a sentence and the partners' names. */
export function ChangeLists({ standName, comparison, catalogue }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'de';
  const typeNames = new Map(
    catalogue.sectors.flatMap((s) => s.types.map((type) => [type.id, type.label[language]])),
  );
  const partner = (p: PartnerRef) => p.name;
  const tie = (c: { source: PartnerRef; target: PartnerRef }) =>
    t('compare.tie', { source: c.source.name, target: c.target.name });
  const level = (value: number) => t('compare.level', { value, label: t(`intensity.${value}`) });
  const intensity = (c: IntensityChange) =>
    t('compare.intensityChange', { tie: tie(c), before: level(c.before), after: level(c.after) });
  const type = (m: { type: string }) => typeNames.get(m.type) ?? m.type;
  const { partners, ties, catalogueTypes } = comparison;
  const lists = [
    { kind: 'partnersAdded', entries: partners.added.map(partner) },
    { kind: 'partnersGone', entries: partners.gone.map(partner) },
    {
      kind: 'renamed',
      entries: partners.renamed.map((r) =>
        t('compare.renamedEntry', { before: r.before.name, after: r.after.name }),
      ),
    },
    { kind: 'tiesAdded', entries: ties.added.map(tie) },
    { kind: 'tiesLost', entries: ties.lost.map(tie) },
    { kind: 'stronger', entries: ties.stronger.map(intensity) },
    { kind: 'weaker', entries: ties.weaker.map(intensity) },
    { kind: 'formalGained', entries: ties.formalGained.map(tie) },
    { kind: 'formalLost', entries: ties.formalLost.map(tie) },
    { kind: 'typesPresent', entries: catalogueTypes.nowPresent.map(type) },
    { kind: 'typesMissing', entries: catalogueTypes.nowMissing.map(type) },
  ];
  return (
    <div className="compare-lists">
      {lists.map(({ kind, entries }) => (
        <ChangeList
          key={kind}
          heading={t(`compare.lists.${kind}.heading`)}
          sentence={t(`compare.lists.${kind}.${entries.length === 0 ? 'none' : 'sentence'}`, {
            count: entries.length,
            name: standName,
          })}
          entries={entries}
        />
      ))}
    </div>
  );
}
