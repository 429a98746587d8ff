import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NamedNetwork } from '../../core/doubles/across-networks';
import type { Network } from '../../core/model/types';
import { FindingTable } from '../gaps/FindingTable';
import { GapQuestion } from '../gaps/GapSection';
import { useFormatNumber } from '../i18n/format';
import type { Session } from '../session/session';
import { TaskProgress } from '../worker/TaskProgress';
import { useCoreTask } from '../worker/use-core-task';
import { useSessionView } from '../workspace/use-session';

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

/** A press of "Abgleichen": the networks read, then matched in the worker. */
type Comparing =
  | { kind: 'reading' }
  | {
      kind: 'matching';
      /** The open network compared; an edit since makes the result stale. */
      network: Network;
      chosen: string;
      task: { task: 'networks'; networks: readonly NamedNetwork[] };
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
      kind: 'matching',
      network,
      chosen: chosenKey,
      task: { task: 'networks', networks: named },
      names,
      unreadable: chosen.filter((_, i) => !projects[i]).map((s) => s.name),
    });
  }

  const matching = comparing?.kind === 'matching' ? comparing : null;
  const match = useCoreTask(matching?.task ?? null);
  const result =
    matching !== null &&
    match.current &&
    match.result !== null &&
    matching.network === network &&
    matching.chosen === chosenKey
      ? { ...matching, comparison: match.result }
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
          {matching && (
            <TaskProgress
              label={t('gaps.several.computing')}
              status={match.status}
              onStop={match.stop}
              onRestart={match.restart}
            />
          )}
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
