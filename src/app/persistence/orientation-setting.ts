import type { NetworkStorage } from './storage';

/**
 * That the short orientation was shown in this browser, kept among the settings stored with the
 * networks (`NetworkStorage.writeSetting`) like the saved column mappings: nothing else is written,
 * and "Alle Daten in diesem Browser löschen" forgets it with the rest.
 */
export const ORIENTATION_SETTING = 'orientation';

export type OrientationStorage = Pick<NetworkStorage, 'readSetting' | 'writeSetting'>;

/**
 * Whether the orientation is due: on a first visit, and wherever the browser keeps nothing (it
 * cannot be remembered there). Not while the stored networks are locked: someone has been here.
 */
export async function orientationDue(storage: OrientationStorage): Promise<boolean> {
  const kept = await storage.readSetting(ORIENTATION_SETTING);
  if (!kept.ok) return kept.error.code !== 'locked';
  return kept.value === null;
}

/** Remembers that the orientation is shown; where nothing can be stored it is shown next time. */
export async function rememberOrientation(storage: OrientationStorage): Promise<void> {
  await storage.writeSetting(ORIENTATION_SETTING, 'shown');
}
