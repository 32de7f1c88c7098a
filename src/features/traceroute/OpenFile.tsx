/** Opens an exported result file in the same views, without calling the API. */
import { useId, useState } from 'react';
import { parseExport, type TracerouteExport } from '../../lib/traceroute-export';

export function OpenFile({ onOpen }: { onOpen: (file: TracerouteExport, name: string) => void }) {
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div className="text-sm">
      <label
        htmlFor={id}
        className="inline-flex min-h-9 cursor-pointer items-center rounded-md border border-line bg-surface-raised px-3 font-medium hover:bg-surface-sunken focus-within:ring-2 focus-within:ring-accent"
      >
        Open a result file…
        <input
          id={id}
          type="file"
          accept="application/json,.json"
          data-testid="open-file"
          className="sr-only"
          onChange={async (e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (!f) return;
            const parsed = parseExport(await f.text());
            if (parsed.ok) {
              setProblem(null);
              onOpen(parsed.file, f.name);
            } else setProblem(`${f.name}: ${parsed.reason}`);
          }}
        />
      </label>
      {problem ? (
        <p role="alert" className="mt-1 text-xs text-status-bad">
          <span aria-hidden="true">✕ </span>
          {problem}
        </p>
      ) : null}
    </div>
  );
}
