import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Network, Partner } from '../../core/model/types';
import { ConfirmButton } from '../components/ConfirmButton';
import { addTie, changeTie, removeTie } from './cooperation-edits';
import { cooperationValues, EMPTY_COOPERATION_VALUES } from './cooperation-values';
import { CooperationForm } from './CooperationForm';
import { germanOrder } from '../text/german-order';
import { useFormatNumber } from '../i18n/format';

/** The selected partner's cooperations: each can be changed or removed, and one added. */
export function Cooperations({ network, partner }: { network: Network; partner: Partner }) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const [changing, setChanging] = useState<string | null>(null);
  // The add form is drawn when opened: its choice of every other partner is 10,000 options in a
  // large network, which took a quarter of a second each time a partner was chosen.
  const [adding, setAdding] = useState(false);
  const sorted = useMemo(
    () => [...network.partners].sort((a, b) => germanOrder(a.name, b.name)),
    [network],
  );
  const others = useMemo(() => sorted.filter((p) => p.id !== partner.id), [sorted, partner.id]);
  const byId = useMemo(() => new Map(network.partners.map((p) => [p.id, p])), [network]);
  const ties = network.cooperations
    .filter((c) => c.source === partner.id || c.target === partner.id)
    .map((cooperation) => {
      const otherId = cooperation.source === partner.id ? cooperation.target : cooperation.source;
      return { cooperation, otherId, name: byId.get(otherId)?.name ?? otherId };
    })
    .sort((a, b) => germanOrder(a.name, b.name));

  return (
    <section
      className="edit-section"
      aria-label={t('workspace.edit.cooperations', { name: partner.name })}
    >
      <h3>{t('workspace.edit.cooperations', { name: partner.name })}</h3>
      {ties.length === 0 && <p className="muted">{t('workspace.edit.noCooperations')}</p>}
      <ul className="edit-ties">
        {ties.map(({ cooperation, otherId, name }) => (
          <li key={otherId}>
            <span className="edit-tie-name">{name}</span>
            <span className="muted">
              {t('workspace.edit.tie', {
                value: cooperation.intensity,
                label: t(`intensity.${cooperation.intensity}`),
              })}
              {cooperation.weight !== undefined &&
                ` · ${t('panel.weight', { value: format(cooperation.weight, 2) })}`}
              {cooperation.formal && ` · ${t('workspace.edit.tieFormal')}`}
            </span>
            <span className="edit-tie-actions">
              <button
                type="button"
                aria-expanded={changing === otherId}
                aria-label={t('workspace.edit.changeCooperationWith', { name })}
                onClick={() => setChanging(changing === otherId ? null : otherId)}
              >
                {t('workspace.edit.changeCooperation')}
              </button>
              <ConfirmButton
                label={t('workspace.edit.removeCooperation')}
                ariaLabel={t('workspace.edit.removeCooperationWith', { name })}
                question={t('workspace.edit.removeCooperationQuestion', { name })}
                confirmLabel={t('workspace.edit.removeCooperationYes')}
                onConfirm={() => removeTie(cooperation)}
              />
            </span>
            {changing === otherId && (
              <CooperationForm
                partners={others}
                initial={cooperationValues(cooperation, partner.id)}
                weight={cooperation.weight}
                submitLabel={t('workspace.edit.saveCooperation')}
                onSubmit={(values) => {
                  const problems = changeTie(partner.id, cooperation, values);
                  if (problems.length === 0) setChanging(null);
                  return problems;
                }}
              />
            )}
          </li>
        ))}
      </ul>
      <details
        className="edit-subsection"
        onToggle={(event) => setAdding(event.currentTarget.open)}
      >
        <summary>{t('workspace.edit.addCooperation')}</summary>
        {adding && (
          <CooperationForm
            partners={others}
            initial={EMPTY_COOPERATION_VALUES}
            clearAfter={EMPTY_COOPERATION_VALUES}
            submitLabel={t('workspace.edit.addCooperation')}
            onSubmit={(values) => addTie(partner.id, values)}
          />
        )}
      </details>
    </section>
  );
}
