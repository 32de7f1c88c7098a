/**
 * `asn2`: "what is AS174 to AS13335", answered in one sentence from Radar's own asn2 lookup. The
 * form refuses a bad ASN inline, before any request.
 */
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { asnRelsQuery } from '../../api/radar-asns';
import { Button } from '../../components/ui/Button';
import { ErrorNotice } from '../../components/ui/ErrorNotice';
import { formatAsn, parseAsn } from '../../lib/asn';
import { describeRelationship } from '../../lib/relationships';

function Answer({ asn, asn2 }: { asn: number; asn2: number }) {
  const q = useQuery(asnRelsQuery(asn, asn2));
  if (q.isPending) return <p className="text-sm text-ink-muted">Looking up {formatAsn(asn2)}…</p>;
  if (q.isError) return <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />;
  const rel = q.data.rels.find((r) => r.asn2 === asn2)?.rel;
  return (
    <p data-testid="compare-answer" className="text-base font-medium">
      {describeRelationship(formatAsn(asn), formatAsn(asn2), rel)}
    </p>
  );
}

export function CompareBar({
  asn,
  asn2,
  onCompare,
}: {
  asn: number;
  asn2?: number;
  onCompare: (asn2: number | undefined) => void;
}) {
  const [text, setText] = useState(asn2 === undefined ? '' : String(asn2));
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim() === '') {
      setError(null);
      onCompare(undefined);
      return;
    }
    const r = parseAsn(text);
    setError(r.ok ? null : r.reason);
    if (r.ok) onCompare(r.value);
  };

  return (
    <section aria-label="Compare with another AS" className="mb-4 space-y-2">
      {asn2 !== undefined ? (
        <div role="status" className="rounded-md border border-accent/40 bg-accent/10 px-3 py-2">
          <Answer asn={asn} asn2={asn2} />
        </div>
      ) : null}
      <form onSubmit={submit} className="flex flex-wrap items-center gap-2 text-sm" noValidate>
        <label htmlFor={id}>What is this AS to {formatAsn(asn)}?</label>
        <input
          id={id}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="e.g. AS174"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="w-32 rounded-md border border-line bg-surface px-2 py-1.5"
        />
        <Button type="submit">Compare</Button>
        {asn2 !== undefined ? (
          <Button
            variant="ghost"
            onClick={() => {
              setText('');
              onCompare(undefined);
            }}
          >
            Clear
          </Button>
        ) : null}
        {error ? (
          <p id={`${id}-error`} role="alert" className="basis-full text-status-bad">
            {error}
          </p>
        ) : null}
      </form>
    </section>
  );
}
