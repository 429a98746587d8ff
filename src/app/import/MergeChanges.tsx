import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeResult } from '../../core/import/merge';
import { useFormatNumber } from '../i18n/format';

const NAMES_SHOWN = 8;

interface Props {
  changes: MergeResult;
}

/** What "add to the current network" would do, before anything is applied. */
export function MergeChanges({ changes }: Props) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const id = useId();
  const { network } = changes;
  const names = new Map(network.partners.map((p) => [p.id, p.name]));
  const nameOf = (partner: string) => names.get(partner) ?? partner;
  const tie = ([source, target]: [string, string]) => `${nameOf(source)} – ${nameOf(target)}`;
  const groups = [
    { key: 'addedPartners', items: changes.addedPartners.map(nameOf) },
    { key: 'updatedPartners', items: changes.updatedPartners.map(nameOf) },
    { key: 'addedCooperations', items: changes.addedCooperations.map(tie) },
    { key: 'updatedCooperations', items: changes.updatedCooperations.map(tie) },
  ] as const;
  const nothing = groups.every((group) => group.items.length === 0);

  return (
    <section className="merge-changes" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('importer.merge.title')}</h4>
      {nothing ? (
        <p>{t('importer.merge.nothing')}</p>
      ) : (
        <ul>
          {groups.map(({ key, items }) =>
            items.length === 0 ? null : (
              <li key={key} data-change={key}>
                <strong>{t(`importer.merge.${key}`, { count: items.length })}</strong>
                {': '}
                {items.slice(0, NAMES_SHOWN).join('; ')}
                {items.length > NAMES_SHOWN &&
                  ` ${t('importer.merge.more', { count: items.length - NAMES_SHOWN })}`}
              </li>
            ),
          )}
        </ul>
      )}
      <p>
        {t('importer.merge.total', {
          partners: format(network.partners.length),
          cooperations: format(network.cooperations.length),
        })}
      </p>
    </section>
  );
}
