import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Network } from '../../core/model/types';
import { WhatIfAnswer } from '../what-if/WhatIfAnswer';

interface Props {
  network: Network;
  partnerId: string;
  onSelect: (id: string) => void;
}

/** "Was wäre, wenn dieser Partner wegfällt?" in one step: the button shows the answer below it. */
export function PartnerWhatIf({ network, partnerId, onSelect }: Props) {
  const { t } = useTranslation();
  const answerId = useId();
  const [asked, setAsked] = useState<readonly string[] | null>(null);
  return (
    <div className="partner-what-if">
      <button
        type="button"
        aria-expanded={asked !== null}
        aria-controls={answerId}
        onClick={() => setAsked(asked === null ? [partnerId] : null)}
      >
        {t('whatIf.ask')}
      </button>
      <div id={answerId}>
        {asked !== null && (
          <WhatIfAnswer
            network={network}
            removed={asked}
            onSelect={onSelect}
            level={3}
            figuresOpen={false}
          />
        )}
      </div>
    </div>
  );
}
