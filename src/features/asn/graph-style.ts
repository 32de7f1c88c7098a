/**
 * How the relationship graph looks. Every relationship differs in three ways besides colour, so it
 * reads in greyscale and for colour-blind users: node shape (provider ▲, peer ◆, customer ▼, the
 * same shapes as the badges), edge line (solid with an arrowhead at the customer for transit,
 * dashed without arrows for peering, dotted for anything else) and position (above, beside, below).
 * Colours come from the theme's CSS variables, so the graph follows light and dark mode.
 */
import type { StylesheetJson } from 'cytoscape';
import type { GraphColors } from '../../components/graph/theme-colors';

/** Inverted triangle for customers: below the AS, like the ▼ badge. */
const DOWN_TRIANGLE = '-1 -1 1 -1 0 1';

export function graphStylesheet(c: GraphColors): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        width: 22,
        height: 22,
        'background-color': c.surface,
        'border-width': 3,
        label: 'data(label)',
        'font-size': 11,
        color: c.ink,
        'text-wrap': 'wrap',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-background-color': c.surface,
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        // Labels vanish below 6 px on screen: zoomed out, they would only be noise.
        'min-zoomed-font-size': 6,
      },
    },
    { selector: 'node.provider', style: { shape: 'triangle', 'border-color': c.provider } },
    { selector: 'node.peer', style: { shape: 'diamond', 'border-color': c.peer } },
    {
      selector: 'node.customer',
      style: {
        shape: 'polygon',
        'shape-polygon-points': DOWN_TRIANGLE,
        'border-color': c.customer,
      },
    },
    { selector: 'node.other', style: { shape: 'rectangle', 'border-color': c.other } },
    {
      selector: 'node.group',
      style: {
        shape: 'round-rectangle',
        // Fixed size: cytoscape deprecated sizing a node by its label.
        width: 112,
        height: 40,
        'text-max-width': '106px',
        'border-style': 'double',
        'border-width': 4,
        'text-valign': 'center',
        'text-margin-y': 0,
        'text-background-opacity': 0,
        'font-weight': 'bold',
        'font-size': 12,
      },
    },
    {
      selector: 'node.center',
      style: {
        shape: 'ellipse',
        width: 46,
        height: 46,
        'background-color': c.accent,
        'border-color': c.ink,
        'font-size': 13,
        'font-weight': 'bold',
      },
    },
    {
      selector: 'node.selected',
      style: { 'border-color': c.accent, 'border-width': 6, 'z-index': 10 },
    },
    {
      selector: 'node.compare',
      style: {
        'overlay-color': c.accent,
        'overlay-opacity': 0.25,
        'overlay-padding': 8,
        'z-index': 10,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'curve-style': 'straight',
        'line-color': c.line,
        opacity: 0.9,
      },
    },
    {
      selector: 'edge.provider, edge.customer',
      style: { 'line-style': 'solid', 'target-arrow-shape': 'triangle', 'arrow-scale': 1.1 },
    },
    {
      selector: 'edge.provider',
      style: { 'line-color': c.provider, 'target-arrow-color': c.provider },
    },
    {
      selector: 'edge.customer',
      style: { 'line-color': c.customer, 'target-arrow-color': c.customer },
    },
    {
      selector: 'edge.peer',
      style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4], 'line-color': c.peer },
    },
    {
      selector: 'edge.other',
      style: { 'line-style': 'dotted', label: 'data(rel)', 'font-size': 9 },
    },
    { selector: 'edge.group', style: { width: 3 } },
    {
      selector: 'edge.compare',
      style: { width: 4, 'line-color': c.accent, 'target-arrow-color': c.accent },
    },
  ];
}
