import { useRegisterEvents, useSetSettings, useSigma } from '@react-sigma/core';
import { useEffect, useState } from 'react';
import type { MapEdge, MapNode } from './map-graph';

interface Props {
  selected: string | null;
  onSelect: (id: string | null) => void;
}

const DIMMED_NODE = '#E4E4E4';
const DIMMED_EDGE = '#F0F0F0';

/**
 * Hover and selection: a partner and its neighbours stay in colour, the rest fades. Done with
 * sigma's reducers, so the graph itself is never changed for highlighting.
 */
export function MapInteractions({ selected, onSelect }: Props) {
  const sigma = useSigma<MapNode, MapEdge>();
  const registerEvents = useRegisterEvents<MapNode, MapEdge>();
  const setSettings = useSetSettings<MapNode, MapEdge>();
  const [hovered, setHovered] = useState<string | null>(null);

  useEffect(() => {
    registerEvents({
      enterNode: ({ node }) => setHovered(node),
      leaveNode: () => setHovered(null),
      clickNode: ({ node }) => onSelect(node),
      clickStage: () => onSelect(null),
    });
  }, [registerEvents, onSelect]);

  useEffect(() => {
    const graph = sigma.getGraph();
    const focus = hovered ?? selected;
    const focusValid = focus !== null && graph.hasNode(focus);
    const neighbours = new Set(focusValid ? graph.neighbors(focus) : []);
    setSettings({
      nodeReducer: (node, data) => {
        if (!focusValid) return data;
        if (node === focus) return { ...data, highlighted: true, zIndex: 2, forceLabel: true };
        if (neighbours.has(node)) return { ...data, zIndex: 1, forceLabel: true };
        return { ...data, color: DIMMED_NODE, label: '', zIndex: 0 };
      },
      edgeReducer: (edge, data) => {
        if (!focusValid) return data;
        return graph.hasExtremity(edge, focus)
          ? { ...data, zIndex: 1 }
          : { ...data, color: DIMMED_EDGE, zIndex: 0 };
      },
    });
  }, [hovered, selected, setSettings, sigma]);

  return null;
}
