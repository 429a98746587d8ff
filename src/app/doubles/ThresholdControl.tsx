import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** 0–1: the Jaccard overlap from which two working groups are reported. */
  threshold: number;
  onThresholdChange: (threshold: number) => void;
}

/** The overlap threshold as a slider and a number field, both in percent. */
export function ThresholdControl({ threshold, onThresholdChange }: Props) {
  const { t } = useTranslation();
  const rangeId = useId();
  const numberId = useId();
  const percent = Math.round(threshold * 100);
  const change = (text: string) => {
    const value = Number(text);
    if (text.trim() !== '' && Number.isFinite(value))
      onThresholdChange(Math.min(100, Math.max(0, value)) / 100);
  };
  return (
    <div className="doubles-threshold">
      <label htmlFor={rangeId}>{t('gaps.doubles.committees.threshold')}</label>
      <input
        id={rangeId}
        type="range"
        min={0}
        max={100}
        step={5}
        value={percent}
        aria-valuetext={t('gaps.percent', { value: percent })}
        onChange={(event) => change(event.target.value)}
      />
      <label htmlFor={numberId}>{t('gaps.doubles.committees.thresholdNumber')}</label>
      <input
        id={numberId}
        type="number"
        min={0}
        max={100}
        step={1}
        value={percent}
        onChange={(event) => change(event.target.value)}
      />
    </div>
  );
}
