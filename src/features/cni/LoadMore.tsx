/**
 * "Load more" that also loads by itself when it scrolls into view. Auto-loading pauses after a
 * failed page so a broken server is not asked again on every scroll; the button still works.
 */
import { useEffect, useRef } from 'react';
import { Button } from '../../components/ui/Button';

interface Props {
  loaded: number;
  hasMore: boolean;
  loading: boolean;
  paused: boolean;
  onMore: () => void;
}

export function LoadMore({ loaded, hasMore, loading, paused, onMore }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const onMoreRef = useRef(onMore);
  useEffect(() => {
    onMoreRef.current = onMore;
  });
  const auto = hasMore && !loading && !paused;

  useEffect(() => {
    const el = ref.current;
    if (!el || !auto) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) onMoreRef.current();
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [auto]);

  return (
    <div
      ref={ref}
      className="flex flex-wrap items-center gap-3 text-sm text-ink-muted"
      data-testid="load-more"
    >
      <span role="status" aria-live="polite">
        {hasMore
          ? `${loaded} slots loaded, more available.`
          : `All ${loaded} matching slots loaded.`}
      </span>
      {hasMore ? (
        <Button onClick={onMore} disabled={loading}>
          {loading ? 'Loading…' : 'Load more'}
        </Button>
      ) : null}
    </div>
  );
}
