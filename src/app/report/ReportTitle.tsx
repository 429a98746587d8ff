import type { SectionProps } from './types';

export function ReportTitle({ data, t, format }: SectionProps) {
  const { catalogue } = data;
  return (
    <header>
      <h1>{data.title}</h1>
      <dl className="meta">
        <dt>{t('report.meta.network')}</dt>
        <dd>{data.networkName}</dd>
        <dt>{t('report.meta.date')}</dt>
        <dd>{format.date(data.date)}</dd>
        <dt>{t('report.meta.catalogue')}</dt>
        <dd>
          {t('report.meta.catalogueVersion', { id: catalogue.id, version: catalogue.version })}
          <br />
          {t('report.meta.catalogueSource', { source: catalogue.source })}
        </dd>
      </dl>
    </header>
  );
}
