import { useTranslation } from 'react-i18next';
import type { DetailChange, PartnerChange } from '../../core/compare';
import { Pager, usePages } from '../components/Pager';

/** Partners on a page: each takes a row for every detail that changed. */
const PARTNERS_PER_PAGE = 50;

interface Props {
  standName: string;
  changed: readonly PartnerChange[];
}

/** The partners still there whose details changed since the Stand: each detail, old → new. */
export function ChangedPartners({ standName, changed }: Props) {
  const { t } = useTranslation();
  const pages = usePages(changed, PARTNERS_PER_PAGE);
  const heading = t('compare.changed.heading');
  const detail = (change: DetailChange) =>
    change.field === 'attribute'
      ? (change.attribute ?? '')
      : t(`compare.changed.fields.${change.field}`);
  const value = (text: string) =>
    text.trim() === '' ? <span className="muted">{t('compare.changed.empty')}</span> : text;
  return (
    <section className="compare-change" aria-label={heading}>
      <h4>{heading}</h4>
      <p>
        {t(`compare.changed.${changed.length === 0 ? 'none' : 'sentence'}`, {
          count: changed.length,
          name: standName,
        })}
      </p>
      {changed.length > 0 && (
        <>
          <Pager pages={pages} name={heading} kind="table" />
          <table className="compare-details" aria-label={heading}>
            <thead>
              <tr>
                <th scope="col">{t('compare.changed.partner')}</th>
                <th scope="col">{t('compare.changed.detail')}</th>
                <th scope="col">{standName}</th>
                <th scope="col">{t('compare.figures.current')}</th>
              </tr>
            </thead>
            {pages.shown.map((partner) => (
              <tbody key={`${partner.before.id}→${partner.after.id}`}>
                {partner.changes.map((change, index) => (
                  <tr key={`${change.field}:${change.attribute ?? ''}`}>
                    {index === 0 && (
                      <th scope="rowgroup" rowSpan={partner.changes.length}>
                        {partner.after.name}
                      </th>
                    )}
                    <td>{detail(change)}</td>
                    <td>{value(change.before)}</td>
                    <td>{value(change.after)}</td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </>
      )}
    </section>
  );
}
