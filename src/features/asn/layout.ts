/**
 * A computed layout that carries meaning: the AS in the middle, providers above it (transit comes
 * from above), customers below, peers on both sides at its level, and relationships Radar labels
 * in some other way in a separate band under the customers. Positions are a pure function of the
 * node list, so the picture is stable between visits and costs no force simulation.
 */
import type { Role } from '../../lib/relationships';
import type { GraphNodeModel } from './aggregate';

type Unplaced = Omit<GraphNodeModel, 'x' | 'y'>;

/** Spacing between node centres; labels are two lines of about 18 characters. */
const DX = 124;
const DY = 64;
/** Nodes per row above and below the centre. */
const ROW = 8;
/** Nodes per column beside the centre: they span the band between the provider and customer rows. */
const COLUMN = 5;
/** Distance from the centre to the first row above and below, and to the first column each side. */
const ROW_GAP = 190;
const COLUMN_GAP = 200;

function rows(list: Unplaced[], direction: 1 | -1, start: number): GraphNodeModel[] {
  return list.map((n, i) => {
    const row = Math.floor(i / ROW);
    const inRow = Math.min(ROW, list.length - row * ROW);
    const col = i % ROW;
    return { ...n, x: (col - (inRow - 1) / 2) * DX, y: direction * (start + row * DY) };
  });
}

function columns(list: Unplaced[], direction: 1 | -1): GraphNodeModel[] {
  return list.map((n, i) => {
    const col = Math.floor(i / COLUMN);
    const inCol = Math.min(COLUMN, list.length - col * COLUMN);
    const row = i % COLUMN;
    return { ...n, x: direction * (COLUMN_GAP + col * DX * 1.2), y: (row - (inCol - 1) / 2) * DY };
  });
}

export function placeNodes(center: Unplaced, nodes: Unplaced[]): GraphNodeModel[] {
  const of = (role: Role) => nodes.filter((n) => n.role === role);
  const peers = of('peer');
  const customers = of('customer');
  const customerRows = Math.ceil(customers.length / ROW);
  return [
    { ...center, x: 0, y: 0 },
    ...rows(of('provider'), -1, ROW_GAP),
    ...columns(
      peers.filter((_, i) => i % 2 === 0),
      -1,
    ),
    ...columns(
      peers.filter((_, i) => i % 2 === 1),
      1,
    ),
    ...rows(customers, 1, ROW_GAP),
    ...rows(of('other'), 1, ROW_GAP + (customerRows + 1) * DY),
  ];
}
