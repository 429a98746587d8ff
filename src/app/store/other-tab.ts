import type { Network } from '../../core/model/types';
import type { Step } from '../history';
import { applyChanges, applyToNetwork, type ProjectChanges } from '../persistence';
import type { NetworkSide, NetworkState } from './state';

/**
 * What another tab saved of the open network, shown in this one: each changed partner and tie,
 * name, lists, corrections and pinned places take the other tab's state. The undo steps are carried
 * over too, so undoing an edit of this tab does not bring back what the other tab changed.
 */
export const takeOtherTabChanges =
  (changes: ProjectChanges) =>
  (state: NetworkState): NetworkState => {
    const touchesNetwork = changes.partners.size > 0 || changes.cooperations.size > 0;
    const step = (s: Step<Network, NetworkSide>): Step<Network, NetworkSide> => ({
      ...s,
      state: applyToNetwork(s.state, changes),
    });
    const history = touchesNetwork
      ? {
          ...state.history,
          past: state.history.past.map(step),
          present: step(state.history.present),
          future: state.history.future.map(step),
        }
      : state.history;
    const content = applyChanges(
      {
        name: state.name,
        network: history.present.state,
        offers: state.offers,
        memberships: state.memberships,
        corrections: state.corrections,
        positions: state.positions,
        stands: [],
      },
      changes,
    );
    const selected = state.selectedPartner;
    return {
      ...state,
      name: content.name,
      isSample: changes.name === undefined ? state.isSample : false,
      offers: content.offers,
      memberships: content.memberships,
      corrections: content.corrections,
      positions: content.positions,
      history,
      revision: touchesNetwork ? state.revision + 1 : state.revision,
      selectedPartner:
        selected !== null && content.network.partners.some((p) => p.id === selected)
          ? selected
          : null,
    };
  };
