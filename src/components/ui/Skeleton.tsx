/** Placeholder lines while a panel's data loads; announced once as busy, not line by line. */
export function Skeleton({ rows = 3, label = 'Loading' }: { rows?: number; label?: string }) {
  return (
    <div role="status" aria-busy="true" aria-label={label} className="space-y-2 py-1">
      {Array.from({ length: rows }, (_, i) => (
        <div
          key={i}
          className="h-4 animate-pulse rounded bg-surface-sunken"
          style={{ width: `${90 - ((i * 23) % 40)}%` }}
        />
      ))}
    </div>
  );
}
