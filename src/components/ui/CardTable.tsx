/**
 * A table that becomes a stack of cards below `md`: the header row stays for screen readers and
 * each cell labels itself, so a wide table reads at 375 px without sideways scrolling. The first
 * column is the row header.
 */
import type { ReactNode } from 'react';

export interface CardColumn<T> {
  header: string;
  cell: (row: T) => ReactNode;
  /** data-testid on each cell of this column, for tests that read one field. */
  testId?: string;
}

const th = 'px-2 py-2 text-left font-medium text-ink-muted';
const td = 'px-2 py-1 md:py-2 align-top max-md:flex max-md:gap-2';

function CellLabel({ text }: { text: string }) {
  return (
    <span aria-hidden="true" className="w-20 shrink-0 text-ink-muted md:hidden">
      {text}
    </span>
  );
}

export function CardTable<T>({
  columns,
  rows,
  rowKey,
  rowData,
  testId,
}: {
  columns: CardColumn<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** data-* attributes of each row (`{ 'data-name': … }`), which tests and links use. */
  rowData?: (row: T) => Record<`data-${string}`, string>;
  testId?: string;
}) {
  const [first, ...rest] = columns;
  if (!first) return null;
  return (
    <table className="w-full text-sm" data-testid={testId}>
      <thead className="max-md:sr-only">
        <tr className="border-b border-line">
          {columns.map((c) => (
            <th key={c.header} className={th}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={rowKey(row)}
            {...rowData?.(row)}
            className="border-b border-line max-md:block max-md:py-2"
          >
            <th scope="row" className={`${td} text-left font-normal`} data-testid={first.testId}>
              <CellLabel text={first.header} />
              {first.cell(row)}
            </th>
            {rest.map((c) => (
              <td key={c.header} className={td} data-testid={c.testId}>
                <CellLabel text={c.header} />
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
