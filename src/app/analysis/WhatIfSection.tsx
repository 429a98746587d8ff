import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Network } from '../../core/model/types';
import { useFormatNumber } from '../i18n/format';
import { PartnerChooser } from '../what-if/PartnerChooser';
import { WhatIfAnswer } from '../what-if/WhatIfAnswer';
import { AnalysisSection } from './AnalysisSection';

interface Props {
  network: Network;
  onSelect: (id: string) => void;
}

/**
 * "Was wäre, wenn … wegfällt?": the coordinator chooses partners and asks; the answer stays with
 * the partners asked about until the next question, while the choice may already change.
 */
export function WhatIfSection({ network, onSelect }: Props) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const [chosen, setChosen] = useState<string[]>([]);
  const [asked, setAsked] = useState<readonly string[] | null>(null);
  // A partner removed from the network meanwhile is no longer offered.
  const present = new Set(network.partners.map((p) => p.id));
  const choice = chosen.filter((id) => present.has(id));
  return (
    <AnalysisSection title={t('whatIf.section.title')}>
      <p>{t('whatIf.section.intro')}</p>
      <PartnerChooser partners={network.partners} chosen={choice} onChange={setChosen} />
      <button
        type="button"
        className="primary"
        disabled={choice.length === 0}
        onClick={() => setAsked(choice)}
      >
        {choice.length === 0
          ? t('whatIf.section.askNone')
          : t('whatIf.section.ask', { count: choice.length, number: format(choice.length) })}
      </button>
      {asked !== null && (
        <WhatIfAnswer network={network} removed={asked} onSelect={onSelect} level={4} figuresOpen />
      )}
    </AnalysisSection>
  );
}
