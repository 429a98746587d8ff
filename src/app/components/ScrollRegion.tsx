import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A wide table's horizontal scroll box. It takes keyboard focus, so that readers without a mouse
 * can scroll it even where the table holds nothing else to focus (WCAG 2.1.1).
 */
export function ScrollRegion({
  name,
  className = 'analysis-scroll',
  children,
}: {
  name: string;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div
      className={className}
      role="region"
      aria-label={t('analysis.scrollRegion', { name })}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
