import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentNetwork } from '../store/state';
import { useNetworkStore } from '../store/store';
import { takeStand } from './stands';
import { changeStands } from './stand-store';

interface Props {
  /** The clock, passed in so tests can fix the year. */
  now: () => Date;
}

/** "Stand festhalten": keeps a copy of the network as it is now under a name, "Stand 2025" by default. */
export function TakeStand({ now }: Props) {
  const { t } = useTranslation();
  const defaultName = () => t('compare.take.defaultName', { year: now().getFullYear() });
  const [name, setName] = useState(defaultName);
  const [taken, setTaken] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const state = useNetworkStore.getState();
    const chosen = name.trim() || defaultName();
    const source = {
      network: currentNetwork(state),
      offers: state.offers,
      memberships: state.memberships,
    };
    changeStands(takeStand(chosen, now().toISOString(), source));
    setTaken(chosen);
    setName(defaultName());
  };

  return (
    <form className="compare-take" onSubmit={submit} autoComplete="off">
      <label>
        {t('compare.take.name')}
        <input value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <button type="submit">{t('compare.take.button')}</button>
      <p role="status" className="muted">
        {taken !== null && t('compare.take.taken', { name: taken })}
      </p>
    </form>
  );
}
