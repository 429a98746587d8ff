import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { indexCatalogue } from '../../core/catalogue/catalogueIndex';
import { defaultCatalogue } from '../../core/catalogue/defaultCatalogue';
import { acrossNetworks, type NamedNetwork } from '../../core/doubles/acrossNetworks';
import { findDuplicatePartners } from '../../core/doubles/findDuplicatePartners';
import type { DuplicateReason } from '../../core/doubles/scorePartnerPair';
import type { Network } from '../../core/model/types';
import { FindingTable } from '../gaps/FindingTable';
import { GapQuestion } from '../gaps/GapSection';
import { useFormatNumber } from '../i18n/format';
import type { Session } from '../session/session';
import { useSessionView } from '../workspace/use-session';

/** One organisation found in several networks, as the table shows it. */
export interface PartnerAcrossNetworks {
  id: string;
  /** Its entry in each network, in the order the networks were given. */
  entries: { network: string; name: string }[];
  networks: string[];
  /** 0–1: the surest match between two of its entries. */
  score: number;
  reasons: DuplicateReason[];
}

export interface NetworksComparison {
  partners: PartnerAcrossNetworks[];
  merged: Network;
}

/**
 * Partners in more than one of the networks, with how sure the match is and why. The networks
 * need distinct names, since a partner is known by "<network>/<id>".
 */
export function compareNetworks(networks: readonly NamedNetwork[]): NetworksComparison {
  // One index for every match: the same default catalogue the other doubles checks use.
  const catalogue = indexCatalogue(defaultCatalogue());
  const partnerByKey = new Map(
    networks.flatMap(({ name, network }) =>
      network.partners.map((partner) => [`${name}/${partner.id}`, partner] as const),
    ),
  );
  const { shared, merged } = acrossNetworks(networks, { catalogue });
  const partners = shared.map(({ id, members }): PartnerAcrossNetworks => {
    const keyed = members.flatMap(({ network, partnerId }) => {
      const partner = partnerByKey.get(`${network}/${partnerId}`);
      return partner === undefined ? [] : [{ network, partner }];
    });
    const networkOf = new Map(keyed.map((e) => [`${e.network}/${e.partner.id}`, e.network]));
    // The pairs that tied the entries together, scored again to say how sure and why.
    const links = findDuplicatePartners(
      keyed.map((e) => ({ ...e.partner, id: `${e.network}/${e.partner.id}` })),
      { catalogue },
    ).filter(({ ids }) => networkOf.get(ids[0]) !== networkOf.get(ids[1]));
    return {
      id,
      entries: keyed.map((e) => ({ network: e.network, name: e.partner.name })),
      networks: [...new Set(keyed.map((e) => e.network))],
      score: Math.max(0, ...links.map((link) => link.score)),
      reasons: [...new Set(links.flatMap((link) => link.reasons))],
    };
  });
  return { partners, merged };
}

/** Names made distinct by a number in brackets: two stored networks may share one name. */
export function distinctNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    for (let n = 2; taken.has(candidate); n++) candidate = `${name} (${n})`;
    taken.add(candidate);
    return candidate;
  });
}

type Comparing =
  | { kind: 'reading' }
  | {
      kind: 'done';
      /** The open network compared; an edit since makes the result stale. */
      network: Network;
      chosen: string;
      comparison: NetworksComparison;
      names: string[];
      unreadable: string[];
    };

interface Props {
  session: Session;
  /** The open network as it is now, unsaved edits included. */
  network: Network;
  /** Takes the merged network of all compared networks under a proposed name. */
  onOpenMerged?: (network: Network, name: string) => void;
}

/**
 * The inter-municipal case (Kreis Viersen with the district and its towns): the open network
 * compared with other networks kept in this browser, partners found in several of them, and one
 * merged network of all.
 */
export function SeveralNetworks({ session, network, onOpenMerged }: Props) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const stored = useSessionView(session, (v) => v.networks);
  const currentId = useSessionView(session, (v) => v.currentId);
  const others = useMemo(() => stored.filter((s) => s.id !== currentId), [stored, currentId]);
  const openName = stored.find((s) => s.id === currentId)?.name ?? t('gaps.several.unnamed');
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const chosen = others.filter((s) => ticked.has(s.id));
  const chosenKey = chosen.map((s) => s.id).join('|');
  const [comparing, setComparing] = useState<Comparing | null>(null);
  // Only the latest press of "Abgleichen" may show its result.
  const latest = useRef(0);

  function toggle(id: string) {
    setTicked((before) => {
      const next = new Set(before);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  async function compare() {
    const run = ++latest.current;
    setComparing({ kind: 'reading' });
    const projects = await Promise.all(chosen.map((s) => session.readStored(s.id)));
    if (run !== latest.current) return;
    const read = chosen.flatMap((s, i) => {
      const project = projects[i];
      return project ? [{ name: s.name, network: project.network }] : [];
    });
    const names = distinctNames([openName, ...read.map((r) => r.name)]);
    const named = [{ name: openName, network }, ...read].map((entry, i) => ({
      name: names[i] ?? entry.name,
      network: entry.network,
    }));
    setComparing({
      kind: 'done',
      network,
      chosen: chosenKey,
      comparison: compareNetworks(named),
      names,
      unreadable: chosen.filter((_, i) => !projects[i]).map((s) => s.name),
    });
  }

  const result =
    comparing?.kind === 'done' && comparing.network === network && comparing.chosen === chosenKey
      ? comparing
      : null;

  return (
    <GapQuestion title={t('gaps.several.title')}>
      {others.length === 0 ? (
        <p>{t('gaps.several.onlyOne')}</p>
      ) : (
        <>
          <p className="gaps-help">{t('gaps.several.intro')}</p>
          <fieldset>
            <legend>{t('gaps.several.choose')}</legend>
            <div>
              <label>
                <input type="checkbox" checked disabled />
                {t('gaps.several.open', { name: openName })}
              </label>
            </div>
            {others.map((s) => (
              <div key={s.id}>
                <label>
                  <input type="checkbox" checked={ticked.has(s.id)} onChange={() => toggle(s.id)} />
                  {s.name}
                </label>
              </div>
            ))}
          </fieldset>
          <button
            type="button"
            disabled={chosen.length === 0 || comparing?.kind === 'reading'}
            onClick={() => void compare()}
          >
            {t('gaps.several.compare')}
          </button>
          {comparing?.kind === 'reading' && <p role="status">{t('gaps.several.reading')}</p>}
          {result?.unreadable.map((name) => (
            <p key={name} className="gaps-warning">
              {t('gaps.several.unreadable', { name })}
            </p>
          ))}
          {result && result.comparison.partners.length === 0 && <p>{t('gaps.several.none')}</p>}
          {result && result.comparison.partners.length > 0 && (
            <>
              <p>{t('gaps.several.found', { count: result.comparison.partners.length })}</p>
              <FindingTable
                caption={t('gaps.several.caption')}
                columns={[
                  t('gaps.several.names'),
                  t('gaps.several.networks'),
                  t('gaps.several.score'),
                  t('gaps.several.reasons'),
                ]}
              >
                {result.comparison.partners.map((partner) => (
                  <tr key={partner.id}>
                    <td>
                      <ul>
                        {partner.entries.map((entry, i) => (
                          <li key={i}>{t('gaps.several.nameIn', entry)}</li>
                        ))}
                      </ul>
                    </td>
                    <td>{partner.networks.join(', ')}</td>
                    <td className="num">
                      {t('gaps.percent', { value: format(partner.score * 100) })}
                    </td>
                    <td>{partner.reasons.map((r) => t(`gaps.doubles.reason.${r}`)).join('; ')}</td>
                  </tr>
                ))}
              </FindingTable>
            </>
          )}
          {result && onOpenMerged && (
            <>
              <p className="gaps-help">{t('gaps.several.saveHelp')}</p>
              <button
                type="button"
                onClick={() =>
                  onOpenMerged(
                    result.comparison.merged,
                    t('gaps.several.mergedName', { names: result.names.join(', ') }),
                  )
                }
              >
                {t('gaps.several.save')}
              </button>
            </>
          )}
        </>
      )}
    </GapQuestion>
  );
}
