import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Network } from '../../core/model/types';
import type { FullReport } from '../../core/report/full-report';
import { keyFigures } from '../../core/report/key-figures';
import type { FileTask } from '../../worker/protocol';
import { useNetworkName } from '../shell/use-network-name';
import { useCatalogue } from '../text/use-sector-name';
import { shareInput } from './share-input';
import './share.css';

interface Props {
  network: Network;
  /** Where the map placed each partner: the file's map has the places the user sees. */
  positions: ReadonlyMap<string, { x: number; y: number }>;
  /** The report's analysis: the file's key figures are the report's. */
  report: FullReport | null;
  /** The start of the file's name: the network's name and the day. */
  fileName: string;
  disabled: boolean;
  /** Writes a file in the export worker and offers it as a download. */
  write: (task: FileTask, name: string, type: string) => void;
}

const HTML = 'text/html;charset=utf-8';

/**
 * "Netzwerk als Datei teilen …": asks whether the file is for the steering group (names and every
 * detail) or for a wider circle (pseudonymised), says what goes in, then has the export worker
 * write the share file and offers it as a download.
 */
export function ShareFile({ network, positions, report, fileName, disabled, write }: Props) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const { networkName } = useNetworkName();
  const catalogue = useCatalogue();
  return (
    <>
      <button type="button" disabled={disabled || report === null} onClick={() => setOpen(true)}>
        {t('share.button')}
      </button>
      {open && report !== null && (
        <ShareDialog
          onClose={() => setOpen(false)}
          onSave={(pseudonymised) => {
            setOpen(false);
            const language = i18n.language === 'en' ? 'en' : 'de';
            const input = shareInput(t, {
              network,
              positions,
              pseudonymised,
              networkName,
              figures: keyFigures(report),
              catalogue,
              language,
              today: new Date().toISOString().slice(0, 10),
            });
            const suffix = t(
              pseudonymised ? 'share.dialog.fileSuffixPseudonymised' : 'share.dialog.fileSuffix',
            );
            write({ task: 'export', format: 'share', input }, `${fileName} ${suffix}.html`, HTML);
          }}
        />
      )}
    </>
  );
}

interface DialogProps {
  onClose: () => void;
  onSave: (pseudonymised: boolean) => void;
}

function ShareDialog({ onClose, onSave }: DialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [pseudonymised, setPseudonymised] = useState(false);

  // Mounted when asked for and unmounted on close: removing the element ends the modal.
  useEffect(() => {
    const element = dialog.current;
    if (element !== null && !element.open) element.showModal();
  }, []);

  const choice = (value: boolean, label: string, holds: string) => (
    <label className="share-choice">
      <input
        type="radio"
        name="share-kind"
        checked={pseudonymised === value}
        onChange={() => setPseudonymised(value)}
      />
      <span>
        <strong>{label}</strong>
        <br />
        <small>{holds}</small>
      </span>
    </label>
  );

  return (
    <dialog
      ref={dialog}
      className="import-dialog share-dialog"
      aria-labelledby={titleId}
      onCancel={onClose}
    >
      <h2 id={titleId}>{t('share.dialog.title')}</h2>
      <p>{t('share.dialog.intro')}</p>
      <fieldset>
        <legend>{t('share.dialog.choice')}</legend>
        {choice(false, t('share.dialog.full'), t('share.dialog.fullHolds'))}
        {choice(true, t('share.dialog.pseudonymised'), t('share.dialog.pseudonymisedHolds'))}
      </fieldset>
      <p className="muted">{t('share.dialog.caution')}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('share.dialog.cancel')}
        </button>
        <button type="button" className="primary" onClick={() => onSave(pseudonymised)}>
          {t('share.dialog.save')}
        </button>
      </div>
    </dialog>
  );
}
