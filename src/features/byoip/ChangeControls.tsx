/**
 * The three controls of a BGP prefix. Each only proposes an edit (ConfirmChange sends it); a
 * control that cannot be used now is disabled with the reason written next to it, not hidden.
 */
import { useId, useState } from 'react';
import type { BgpPrefix, BgpPrefixEdit } from '../../api/addressing';
import { Button } from '../../components/ui/Button';
import { blockReason, type BlockContext } from './useEdit';

interface Props {
  bgp: BgpPrefix;
  ctx: BlockContext;
  onPropose: (edit: BgpPrefixEdit) => void;
}

const PREPENDS = [0, 1, 2, 3] as const;

export function ChangeControls({ bgp, ctx, onPropose }: Props) {
  const advBlock = blockReason(bgp, 'advertisement', ctx);
  const setBlock = blockReason(bgp, 'settings', ctx);
  const advertised = bgp.on_demand?.advertised === true;
  const current = bgp.asn_prepend_count ?? 0;
  const [prepend, setPrepend] = useState<(typeof PREPENDS)[number]>(
    PREPENDS.find((n) => n === current) ?? 0,
  );
  const reasonId = useId();
  const prependId = useId();
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <div className="space-y-1">
        <Button
          variant="primary"
          disabled={!!advBlock}
          aria-describedby={advBlock ? reasonId : undefined}
          onClick={() => onPropose({ on_demand: { advertised: !advertised } })}
        >
          {advertised ? 'Withdraw…' : 'Advertise…'}
        </Button>
        {advBlock ? (
          <p id={reasonId} className="text-sm text-ink-muted">
            {advBlock}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <label htmlFor={prependId} className="flex flex-col text-sm">
          <span className="text-xs text-ink-muted">AS-path prepend (0-3)</span>
          <select
            id={prependId}
            className="rounded-md border border-line bg-surface px-2 py-1"
            value={prepend}
            disabled={!!setBlock}
            onChange={(e) => setPrepend(Number(e.target.value) as (typeof PREPENDS)[number])}
          >
            {PREPENDS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <Button
          disabled={!!setBlock || prepend === current}
          onClick={() => onPropose({ asn_prepend_count: prepend })}
        >
          Set prepend…
        </Button>
      </div>
      <div>
        <Button
          disabled={!!setBlock}
          onClick={() => onPropose({ auto_advertise_withdraw: !bgp.auto_advertise_withdraw })}
        >
          Turn auto advertise/withdraw {bgp.auto_advertise_withdraw ? 'off' : 'on'}…
        </Button>
      </div>
    </div>
  );
}
