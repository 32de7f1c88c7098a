/**
 * What an operator must know before pressing the button: the exact change, what the Internet sees
 * now, the RPKI state of the origin, whether a covering prefix keeps traffic flowing after a
 * withdrawal, and any other origin announcing the same CIDR.
 */
import type { BgpPrefix, BgpPrefixEdit } from '../../api/addressing';
import { parsePrefix, prefixContains } from '../../lib/prefix';
import { visibilityOf, visiblePeers, type Observation } from '../../lib/verification';
import { formatPercent } from '../../lib/verification-text';
import type { Row } from './data';
import { describeEdit, editKind } from './edits';
import { otherOrigins } from './observe';

interface Props {
  bgp: BgpPrefix;
  edit: BgpPrefixEdit;
  observation: Observation | null;
  /** Every BGP prefix of the account with what is observed of it, to find covering prefixes. */
  account: { row: Row; observation: Observation | null }[];
  /** Cloudflare's own RPKI check of the IP prefix. */
  prefixRpki: string | null;
}

function before(bgp: BgpPrefix, edit: BgpPrefixEdit): string {
  if ('on_demand' in edit)
    return `on_demand.advertised: ${String(bgp.on_demand?.advertised)} → ${String(edit.on_demand.advertised)}`;
  if ('asn_prepend_count' in edit)
    return `asn_prepend_count: ${bgp.asn_prepend_count ?? 0} → ${edit.asn_prepend_count}`;
  return `auto_advertise_withdraw: ${String(bgp.auto_advertise_withdraw ?? false)} → ${String(edit.auto_advertise_withdraw)}`;
}

export function Preflight({ bgp, edit, observation, account, prefixRpki }: Props) {
  const kind = editKind(edit);
  const me = parsePrefix(bgp.cidr);
  const covering = account.filter(({ row }) => {
    const p = parsePrefix(row.bgp.cidr);
    return (
      me.ok &&
      p.ok &&
      row.bgp.id !== bgp.id &&
      p.value.length < me.value.length &&
      prefixContains(p.value, me.value)
    );
  });
  const carrying = covering.filter((c) => c.observation && visiblePeers(c.observation) > 0);
  const origin = observation?.origins.find((o) => o.asn === bgp.asn);
  const others = observation ? otherOrigins(observation, bgp.asn ?? null) : [];
  return (
    <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[11rem_1fr]">
      <dt className="font-medium">Will change</dt>
      <dd>
        {describeEdit(edit, bgp.cidr)}
        <div className="font-mono text-xs text-ink-muted">{before(bgp, edit)}</div>
        <div className="font-mono text-xs break-all text-ink-muted">
          PATCH body {JSON.stringify(edit)}
        </div>
      </dd>
      <dt className="font-medium">Seen now</dt>
      <dd>
        {observation
          ? `${visiblePeers(observation) === 0 ? 'Not visible' : `Visible to ${formatPercent(visibilityOf(observation))}`} (${visiblePeers(observation)} of ${observation.totalPeers} collector peers)`
          : 'No realtime route data yet.'}
      </dd>
      <dt className="font-medium">RPKI of the origin</dt>
      <dd>
        {origin
          ? `AS${origin.asn} is RPKI ${origin.rpki} for ${bgp.cidr} (Radar).`
          : `No route from AS${bgp.asn ?? '?'} is visible to check it against ROAs.`}
        {prefixRpki ? ` Cloudflare's validation of the IP prefix: ${prefixRpki}.` : ''}
        {origin?.rpki === 'invalid' && kind === 'advertise' ? (
          <strong className="block text-status-bad">
            Networks that drop RPKI-invalid routes will not accept this announcement.
          </strong>
        ) : null}
      </dd>
      {kind === 'withdraw' ? (
        <>
          <dt className="font-medium">After withdrawal</dt>
          <dd>
            {carrying.length ? (
              `Traffic still reaches Cloudflare through ${carrying
                .map(
                  (c) =>
                    `${c.row.bgp.cidr} (visible to ${formatPercent(visibilityOf(c.observation!))})`,
                )
                .join(', ')}.`
            ) : (
              <strong className="text-status-bad">
                No covering prefix is visible: {bgp.cidr} will stop reaching Cloudflare.
              </strong>
            )}
          </dd>
        </>
      ) : null}
      <dt className="font-medium">Other origins</dt>
      <dd>
        {others.length ? (
          <strong className="text-status-warn">
            Also announced by {others.map((a) => `AS${a}`).join(', ')} (multiple origins).
          </strong>
        ) : (
          'None seen.'
        )}
      </dd>
    </dl>
  );
}
