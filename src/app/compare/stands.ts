import { createProject, keepStand, type Stand } from '../../core/project';
import type { Membership, Network, Offer } from '../../core/model/types';

/**
 * Producers over the list of Stände (named copies of the network, oldest first), in the shape
 * the project keeps them (`Project.stands`): `(args) => (stands) => stands`, tested without React.
 */
export type StandsProducer = (stands: readonly Stand[]) => Stand[];

/** What a Stand holds of the network shown. */
export interface StandSource {
  network: Network;
  offers: Offer[];
  memberships: Membership[];
}

/**
 * A copy of the network as it is now, under a name such as "Stand 2025"; `now` is an ISO
 * timestamp. The copy shares nothing with the network, so later edits leave it as it was.
 */
export const takeStand =
  (name: string, now: string, source: StandSource): StandsProducer =>
  (stands) => {
    const project = {
      ...createProject(name, now, source.network),
      ...source,
      stands: [...stands],
    };
    return keepStand(project, name.trim(), now).stands;
  };

/** The list without the Stand at `index`; an index outside the list changes nothing. */
export const removeStand =
  (index: number): StandsProducer =>
  (stands) =>
    stands.filter((_stand, i) => i !== index);
