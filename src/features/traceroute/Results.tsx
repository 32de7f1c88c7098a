/**
 * A whole traceroute result, from a run or from an opened file: what ran, Export, the colo × target
 * matrix when more than one traceroute ran, and the selected traceroute in detail. Only the selected
 * cell draws a chart, so a 3,400-cell result costs one chart.
 */
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { Button } from '../../components/ui/Button';
import { Skeleton } from '../../components/ui/Skeleton';
import { coloOf } from '../../lib/colos';
import { plural } from '../../lib/plural';
import { buildMatrix } from '../../lib/traceroute-analysis';
import { exportFileName, type TracerouteExport } from '../../lib/traceroute-export';
import { Matrix, type Selection } from './Matrix';
import { TraceDetail } from './TraceDetail';

function download(file: TracerouteExport) {
  const url = URL.createObjectURL(
    new Blob([JSON.stringify(file, null, 1)], { type: 'application/json' }),
  );
  const a = document.createElement('a');
  a.href = url;
  a.download = exportFileName(file);
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function Results({ file, fileName }: { file: TracerouteExport; fileName: string | null }) {
  const m = useMemo(() => buildMatrix(file.result), [file]);
  const [sel, setSel] = useState<Selection>({ target: 0, colo: m.colos[0]?.code ?? '' });
  // The detail (chart, tables) renders after the matrix has painted, so a large result is usable
  // at once; later selections render it in the background too, keeping the matrix responsive.
  // Until then (and while a new selection renders) the previous detail stays, dimmed.
  const deferred = useDeferredValue<Selection | null>(sel, null);
  const shown = deferred ?? sel;
  const heading = useRef<HTMLHeadingElement>(null);
  const target = m.targets[shown.target] ?? '';
  const colo = file.result[shown.target]?.colos?.find((c) => c.colo?.name === shown.colo);
  const cell = m.cells[shown.target]?.get(shown.colo);
  const errors = m.cells.reduce((n, row) => n + [...row.values()].filter((c) => c.error).length, 0);
  const many = m.targets.length * m.colos.length > 1;
  const select = (s: Selection) => {
    setSel(s);
    // The heading of the chart takes focus, which also scrolls it into view.
    requestAnimationFrame(() => heading.current?.focus());
  };
  const city = colo?.colo?.city || coloOf(shown.colo)?.city;

  return (
    <div className="space-y-4" data-testid="results">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm" data-testid="results-summary">
          {plural(m.targets.length, 'target')} × {plural(m.colos.length, 'colo')}
          {errors ? `, ${plural(errors, 'colo error')}` : ''}; ran{' '}
          {new Date(file.ranAt).toLocaleString()} ({file.request.options.packet_type.toUpperCase()},
          max TTL {file.request.options.max_ttl}, {file.request.options.packets_per_ttl} packets per
          TTL).
          {fileName ? (
            <span data-testid="opened-file">
              {' '}
              Opened from {fileName}; nothing was sent to the API.
            </span>
          ) : null}
        </p>
        <Button onClick={() => download(file)}>Export JSON</Button>
      </div>
      {many ? <Matrix m={m} selected={sel} onSelect={select} /> : null}
      <section aria-labelledby="trace-detail" className="space-y-2">
        <h2
          id="trace-detail"
          ref={heading}
          tabIndex={-1}
          className="text-base font-semibold outline-none"
        >
          <span className="font-mono">{target}</span> from{' '}
          <span className="font-mono">{shown.colo}</span>
          {city ? <span className="font-normal text-ink-muted"> ({city})</span> : null}
        </h2>
        {deferred === null ? (
          <Skeleton rows={6} label="Drawing the traceroute" />
        ) : colo && cell ? (
          <div className={deferred !== sel ? 'opacity-60' : ''}>
            <TraceDetail key={`${shown.target}-${shown.colo}`} colo={colo} cell={cell} />
          </div>
        ) : (
          <p className="text-sm text-ink-muted">This colo did not run this target.</p>
        )}
      </section>
    </div>
  );
}
