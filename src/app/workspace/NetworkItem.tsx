import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../components/ConfirmButton';
import type { NetworkSummary } from '../persistence';
import type { Session } from '../session/session';
import { useFormatNumber } from '../i18n/format';
import { nameProblem, sameName } from '../../core/project/network-names';
import { useDateFormat } from './format';
import { NetworkNameField } from './NetworkNameField';

interface Props {
  session: Session;
  network: NetworkSummary;
  isOpen: boolean;
  /** The names of the other stored networks, which a new name may not repeat. */
  otherNames?: readonly string[];
}

/** One stored network: its name, when it was changed, how big it is, and what can be done with it. */
export function NetworkItem({ session, network, isOpen, otherNames = [] }: Props) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  const format = useFormatNumber();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(network.name);
  const { name: current } = network;
  // Networks stored before names were kept apart may share one: the day each was made tells them apart.
  const shared = otherNames.some((other) => sameName(other, current));

  const rename = (event: FormEvent) => {
    event.preventDefault();
    if (nameProblem(name, otherNames) !== null) return;
    const trimmed = name.trim();
    setRenaming(false);
    if (trimmed !== current) void session.rename(network.id, trimmed);
  };

  return (
    <li aria-current={isOpen ? 'true' : undefined} data-network={network.id}>
      <span className="network-name-line">
        {current}
        {isOpen && <span className="muted"> ({t('workspace.networks.isOpen')})</span>}
      </span>
      {shared && (
        <span className="network-meta muted">
          {t('workspace.networks.created', { date: dateTime(network.created) })}
        </span>
      )}
      <span className="network-meta muted">
        {t('storage.networks.changed', { date: dateTime(network.changed) })} ·{' '}
        {t('storage.networks.size', {
          partners: format(network.partners),
          cooperations: format(network.cooperations),
        })}
      </span>
      <span className="network-actions">
        {!isOpen && (
          <button
            type="button"
            aria-label={t('workspace.networks.open', { name: current })}
            onClick={() => void session.open(network.id)}
          >
            {t('storage.networks.open')}
          </button>
        )}
        <button
          type="button"
          aria-expanded={renaming}
          aria-label={t('workspace.networks.rename', { name: current })}
          onClick={() => {
            setName(current);
            setRenaming(!renaming);
          }}
        >
          {t('storage.networks.rename')}
        </button>
        <button
          type="button"
          aria-label={t('workspace.networks.duplicate', { name: current })}
          onClick={() =>
            void session.duplicate(network.id, t('storage.networks.copyName', { name: current }))
          }
        >
          {t('storage.networks.duplicate')}
        </button>
        <ConfirmButton
          label={t('storage.networks.delete')}
          ariaLabel={t('workspace.networks.delete', { name: current })}
          question={t('workspace.networks.deleteQuestion', { name: current })}
          confirmLabel={t('workspace.networks.deleteYes')}
          onConfirm={() => void session.remove(network.id)}
        />
      </span>
      {renaming && (
        <form className="rename-form" onSubmit={rename} autoComplete="off">
          <NetworkNameField
            label={t('workspace.networks.newName')}
            value={name}
            onChange={setName}
            taken={otherNames}
            autoFocus
          />
          <button type="submit" className="primary">
            {t('workspace.networks.renameSave')}
          </button>
        </form>
      )}
    </li>
  );
}
