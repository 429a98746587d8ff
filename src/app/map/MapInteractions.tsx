import { useRegisterEvents, useSetSettings, useSigma } from '@react-sigma/core';
import { useEffect, useRef, useState } from 'react';
import { graphKey, partnerIdOf } from '../../core/model/keys';
import { tieKey, type Visible } from '../filters/filters';
import type { ComparisonAppearance } from '../compare/comparison-appearance';
import type { Appearance } from './appearance';
import { isPlaceholder } from './placeholders';
import type { MapEdge, MapNode } from './map-graph';

interface Props {
  selected: string | null;
  onSelect: (id: string | null) => void;
  appearance: Appearance | null;
  /** What the filters let through; null when nothing is filtered (the fast path). */
  visible: Visible | null;
  /** Partners a finding points at: in front, the rest faded. */
  highlighted: Set<string>;
  /** Changes since an earlier Stand: new ties green, new partners highlighted. */
  changes: ComparisonAppearance | null;
  /**
   * A large map: a partner under the pointer is named (sigma draws it on its hover layer), but its
   * neighbours are brought forward only when it is chosen. Fading the rest restyles and draws every
   * partner and tie again, for each partner the pointer crosses.
   */
  large: boolean;
  /**
   * The map is shown. Behind another view (the app keeps it mounted) a change of selection, filter
   * or style is applied only when it shows again: each would make sigma restyle and draw every
   * partner and tie of a map nobody sees.
   */
  shown: boolean;
  /** Ties are not drawn (a very large network while its ties come and its layout runs: see `ties-while-laying.ts`). */
  tiesHidden?: boolean;
}

const DIMMED_NODE = '#E4E4E4';
const DIMMED_EDGE = '#F0F0F0';
const KEY_TIE = '#C0392B';
const NEW_TIE = '#1E8A3A';

/**
 * Style, hover and selection through sigma's reducers, so the graph itself is never changed:
 * size and colour from the chosen measure, key points and bridges in front, and a partner with its
 * neighbours in colour while the rest fades (the partner under the pointer, or the one chosen).
 */
export function MapInteractions({
  selected,
  onSelect,
  appearance,
  visible,
  highlighted,
  changes,
  large,
  shown,
  tiesHidden = false,
}: Props) {
  const sigma = useSigma<MapNode, MapEdge>();
  const registerEvents = useRegisterEvents<MapNode, MapEdge>();
  const setSettings = useSetSettings<MapNode, MapEdge>();
  const [hovered, setHovered] = useState<string | null>(null);

  useEffect(() => {
    // The pointer over a partner shows that it can be clicked (and carried, in the cooperation
    // layout); over the ground the map is moved.
    const container = sigma.getContainer();
    registerEvents({
      enterNode: ({ node }) => {
        setHovered(large ? null : partnerIdOf(node));
        container.classList.add('over-partner');
      },
      leaveNode: () => {
        setHovered(null);
        container.classList.remove('over-partner');
      },
      clickNode: ({ node }) => onSelect(partnerIdOf(node)),
      clickStage: () => onSelect(null),
    });
  }, [registerEvents, onSelect, large, sigma]);

  const applied = useRef<readonly unknown[] | null>(null);
  useEffect(() => {
    const inputs = [
      hovered,
      selected,
      appearance,
      visible,
      highlighted,
      changes,
      tiesHidden,
      sigma,
    ] as const;
    if (!shown) return;
    if (applied.current?.every((input, index) => input === inputs[index])) return;
    const graph = sigma.getGraph();
    // Node keys are graph keys (see MapGraph); the store, filters and styles speak in partner IDs.
    const focusId = hovered ?? selected;
    const focus = focusId === null ? null : graphKey(focusId);
    const focusValid = focus !== null && graph.hasNode(focus);
    const neighbours = new Set(focusValid ? graph.neighbors(focus) : []);
    const keyTies = appearance?.keyTies.size ?? 0;
    const keyMode = (appearance?.keyPartners.size ?? 0) + keyTies > 0;
    const apply = () => {
      applied.current = inputs;
      setSettings({ nodeReducer, edgeReducer });
    };
    // sigma restyles every partner and tie at once (40–50 ms at 10,000 partners): on a large map
    // in a task of its own, not added to the one that brought the change (the analysis arriving,
    // a click in the table, the way back to the map).
    if (!large) return apply();
    const later = window.setTimeout(apply, 0);
    return () => window.clearTimeout(later);

    function nodeReducer(node: string, data: MapNode) {
      const id = partnerIdOf(node);
      if (visible && !visible.partners.has(id) && !isPlaceholder(node))
        return { ...data, hidden: true };
      const styled = {
        ...data,
        size: appearance?.size.get(id) ?? data.size,
        color: appearance?.color.get(id) ?? data.color,
      };
      if (focusValid) {
        if (node === focus) return { ...styled, highlighted: true, zIndex: 3, forceLabel: true };
        if (neighbours.has(node)) return { ...styled, zIndex: 2, forceLabel: true };
        return { ...styled, color: DIMMED_NODE, label: '', zIndex: 0 };
      }
      if (changes?.newPartners.has(id))
        return { ...styled, highlighted: true, forceLabel: true, zIndex: 2 };
      if (highlighted.size > 0) {
        return highlighted.has(id)
          ? { ...styled, highlighted: true, zIndex: 2, forceLabel: true }
          : { ...styled, color: DIMMED_NODE, label: '', zIndex: 0 };
      }
      if (keyMode) {
        return appearance?.keyPartners.has(id)
          ? { ...styled, highlighted: true, zIndex: 2, forceLabel: true }
          : { ...styled, zIndex: 1 };
      }
      return styled;
    }

    function edgeReducer(edge: string, data: MapEdge) {
      // Runs for every tie on every frame: look the tie up only when a filter or key points need it.
      if (tiesHidden) return { ...data, hidden: true };
      let styled: typeof data & { zIndex?: number } = data;
      if (visible || keyTies > 0 || changes) {
        const [source, target] = graph.extremities(edge);
        const tie = tieKey(partnerIdOf(source), partnerIdOf(target));
        if (visible && !visible.cooperations.has(tie)) return { ...data, hidden: true };
        if (appearance?.keyTies.has(tie))
          styled = { ...data, color: KEY_TIE, size: data.size + 2, zIndex: 2 };
        else if (changes?.newTies.has(tie))
          styled = { ...data, color: NEW_TIE, size: data.size + 1.5, zIndex: 2 };
      }
      if (!focusValid) return styled;
      return graph.hasExtremity(edge, focus)
        ? { ...styled, zIndex: 2 }
        : { ...styled, color: DIMMED_EDGE, zIndex: 0 };
    }
  }, [
    hovered,
    selected,
    appearance,
    visible,
    highlighted,
    changes,
    tiesHidden,
    shown,
    large,
    setSettings,
    sigma,
  ]);

  return null;
}
