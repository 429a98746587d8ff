import { useTranslation } from 'react-i18next';
import { exportFileBase } from '../export/file-name';
import { useNetworkStore } from '../store/store';

/** The network's name as the header and the report show it, and the base of export file names. */
export function useNetworkName(): { networkName: string; fileName: string } {
  const { t } = useTranslation();
  const isSample = useNetworkStore((state) => state.isSample);
  const name = useNetworkStore((state) => state.name);
  const networkName = isSample ? t('toolbar.sampleName') : name;
  return { networkName, fileName: exportFileBase(networkName, new Date()) };
}
