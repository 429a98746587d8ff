import { useCamera } from '@react-sigma/core';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphKey } from '../../core/model/keys';
import type { Partner } from '../../core/model/types';
import { foldForSearch } from '../text/normalise';

interface Props {
  partners: Partner[];
  onSelect: (id: string) => void;
}

const MAX_SUGGESTIONS = 8;

/** Search with accent-insensitive suggestions; choosing one selects the partner and flies to it. */
export function MapSearch({ partners, onSelect }: Props) {
  const { t } = useTranslation();
  const { gotoNode } = useCamera({ duration: 400 });
  const [query, setQuery] = useState('');
  const inputId = useId();
  const listId = useId();
  // Folded on the first search, not when the map opens: 10,000 names take a tenth of a second.
  const searchIndex = useMemo(() => {
    let index: { id: string; name: string; text: string }[] | undefined;
    return () =>
      (index ??= partners.map((p) => ({
        id: p.id,
        name: p.name,
        text: foldForSearch(`${p.name} ${p.type}`),
      })));
  }, [partners]);
  const folded = foldForSearch(query.trim());
  const matches =
    folded === ''
      ? []
      : searchIndex()
          .filter((p) => p.text.includes(folded))
          .slice(0, MAX_SUGGESTIONS);

  const choose = (id: string) => {
    onSelect(id);
    gotoNode(graphKey(id), { duration: 400 });
    setQuery('');
  };

  return (
    <div className="map-search">
      <label htmlFor={inputId}>{t('search.label')}</label>
      <input
        id={inputId}
        type="search"
        value={query}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        aria-controls={listId}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && matches[0]) choose(matches[0].id);
          if (event.key === 'Escape') setQuery('');
        }}
      />
      <ul id={listId} className="map-search-results" aria-label={t('search.results')}>
        {matches.map((match) => (
          <li key={match.id}>
            <button type="button" onClick={() => choose(match.id)}>
              {match.name}
            </button>
          </li>
        ))}
        {folded !== '' && matches.length === 0 && <li className="muted">{t('search.none')}</li>}
      </ul>
    </div>
  );
}
