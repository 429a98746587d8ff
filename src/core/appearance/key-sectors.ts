/**
 * The two sectors whose link is the known weak spot of Frühe Hilfen networks (NZFH monitoring:
 * health care remains the gap): youth welfare and health care. `id` is the reference catalogue's
 * sector id (what the gaps compare), `name` its German name (what partners' sectors and the map's
 * colours and slices use).
 */
export interface KeySector {
  id: string;
  name: string;
}

/** Kinder- und Jugendhilfe. */
export const YOUTH_WELFARE: KeySector = {
  id: 'kinder-jugendhilfe',
  name: 'Kinder- und Jugendhilfe',
};

/** Gesundheitswesen. */
export const HEALTH_CARE: KeySector = { id: 'gesundheitswesen', name: 'Gesundheitswesen' };
