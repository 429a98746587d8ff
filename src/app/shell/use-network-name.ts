import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { exportFileBase } from '../export/file-name';
import type { Session } from '../session/session';
import { createSessionView } from '../session/view';
import { useNetworkStore } from '../store/store';

/** The network's name as the header and the report show it, and the base of export file names. */
export function useNetworkName(): { networkName: string; fileName: string } {
  const { t } = useTranslation();
  const isSample = useNetworkStore((state) => state.isSample);
  const name = useNetworkStore((state) => state.name);
  const networkName = isSample ? t('toolbar.sampleName') : name;
  return { networkName, fileName: exportFileBase(networkName, new Date()) };
}

/** Stands in for the session's view until the session has started: no network stored yet. */
const noSession = createSessionView();

/**
 * The names the import needs: the open network's (null for the sample, whose name is not the
 * coordinator's), the name it is stored under (the sample's too) and those of the other networks
 * kept in this browser.
 */
export function useStoredNames(session: Session | null): {
  openName: string | null;
  storedOpenName: string | null;
  otherNames: string[];
} {
  const isSample = useNetworkStore((state) => state.isSample);
  const name = useNetworkStore((state) => state.name);
  const view = session?.view ?? noSession;
  const networks = useStore(view, (v) => v.networks);
  const currentId = useStore(view, (v) => v.currentId);
  const otherNames = useMemo(
    () => networks.filter((network) => network.id !== currentId).map((network) => network.name),
    [networks, currentId],
  );
  const storedOpenName = networks.find((network) => network.id === currentId)?.name ?? null;
  return { openName: isSample ? null : name, storedOpenName, otherNames };
}
