import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Network } from '../../core/model/types';
import type { NetworkAnalysis } from '../../core/analysis/analyse-network';
import type { BulkField } from '../../core/edit';
import type { Visible } from '../filters/filters';
import { BulkEdit } from './BulkEdit';
import { useFormatNumber } from '../i18n/format';
import { germanOrder } from '../text/german-order';
import { Pager, usePages } from '../components/Pager';
import { useSectorName } from '../text/use-sector-name';

interface Props {
  network: Network;
  visible: Visible;
  analysis: NetworkAnalysis | null;
  selected: string | null;
  onSelect: (id: string) => void;
  /** Sets one field for several partners at once (one undoable change). */
  onBulkSet: (ids: string[], field: BulkField, value: string) => void;
}

type Column = 'name' | 'sector' | 'type' | 'municipality' | 'degree' | 'strength';
const COLUMNS: Column[] = ['name', 'sector', 'type', 'municipality', 'degree', 'strength'];
const NUMERIC = new Set<Column>(['degree', 'strength']);

/**
 * The table alternative to the map: every partner, sortable, each row opens the partner panel. A
 * large network is shown a page at a time; the page turns to the partner chosen on the map.
 */
export function PartnerTable({ network, visible, analysis, selected, onSelect, onBulkSet }: Props) {
  const { t } = useTranslation();
  const sectorName = useSectorName();
  const format = useFormatNumber();
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({
    column: 'name',
    descending: false,
  });
  const rows = useMemo(() => {
    const figures = new Map(analysis?.partners.map((p) => [p.id, p]) ?? []);
    const list = network.partners
      .filter((p) => visible.partners.has(p.id))
      .map((p) => ({
        ...p,
        degree: figures.get(p.id)?.degree ?? 0,
        strength: figures.get(p.id)?.strength ?? 0,
      }));
    const { column, descending } = sort;
    list.sort((a, b) => {
      const order = NUMERIC.has(column)
        ? (a[column] as number) - (b[column] as number)
        : germanOrder(String(a[column]), String(b[column]));
      return descending ? -order : order;
    });
    return list;
  }, [network, visible, analysis, sort]);
  const pages = usePages(rows);
  // A partner chosen (on the map, or before the table opened) brings its page; the reader's own
  // turning and sorting are left alone.
  const [turnedTo, setTurnedTo] = useState<string | null>(null);
  if (selected !== turnedTo) {
    setTurnedTo(selected);
    const index = selected === null ? -1 : rows.findIndex((row) => row.id === selected);
    if (index !== -1) pages.showRow(index);
  }

  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const shownTicked = rows.filter((row) => ticked.has(row.id)).map((row) => row.id);
  const toggle = (id: string) =>
    setTicked((before) => {
      const after = new Set(before);
      if (!after.delete(id)) after.add(id);
      return after;
    });
  return (
    <div className="view-pane table-wrap">
      <BulkEdit
        count={shownTicked.length}
        onApply={(field, value) => {
          onBulkSet(shownTicked, field, value);
          setTicked(new Set());
        }}
        onClear={() => setTicked(new Set())}
      />
      <Pager pages={pages} name={t('table.caption')} />
      <table className="partner-table">
        <caption>{t('table.caption')}</caption>
        <thead>
          <tr>
            <td>
              <input
                type="checkbox"
                aria-label={t('bulk.selectAll', { count: rows.length })}
                checked={rows.length > 0 && shownTicked.length === rows.length}
                onChange={(event) =>
                  setTicked(new Set(event.target.checked ? rows.map((row) => row.id) : []))
                }
              />
            </td>
            {COLUMNS.map((column) => {
              const active = sort.column === column;
              return (
                <th
                  key={column}
                  scope="col"
                  aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
                >
                  <button
                    type="button"
                    className="sort"
                    aria-label={t('table.sortBy', { column: t(`table.${column}`) })}
                    onClick={() => {
                      setSort({
                        column,
                        descending: active ? !sort.descending : NUMERIC.has(column),
                      });
                      pages.setPage(0);
                    }}
                  >
                    {t(`table.${column}`)}
                    {active && <span aria-hidden="true">{sort.descending ? ' ▼' : ' ▲'}</span>}
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {pages.shown.map((row) => (
            <tr key={row.id} aria-selected={row.id === selected}>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('bulk.select', { name: row.name })}
                  checked={ticked.has(row.id)}
                  onChange={() => toggle(row.id)}
                />
              </td>
              <th scope="row">
                <button type="button" className="link" onClick={() => onSelect(row.id)}>
                  {row.name}
                </button>
              </th>
              <td>{sectorName(row.sector)}</td>
              <td>{row.type}</td>
              <td>{row.municipality}</td>
              <td className="num">{format(row.degree)}</td>
              <td className="num">{format(row.strength)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
