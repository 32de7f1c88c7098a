/**
 * `/byoip/<prefix_id>/<bgp_prefix_id>`: one BGP prefix, its change controls, the verification of
 * its last change and its journal. Every control goes through ConfirmChange.
 */
import { useState } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { bgpPrefixQuery, type BgpPrefixEdit } from '../../api/addressing';
import { PageHeader } from '../../components/layout/PageHeader';
import { Panel } from '../../components/ui/Panel';
import { ChangeControls } from './ChangeControls';
import { ConfirmChange, EditOutcome } from './ConfirmChange';
import { useAccountRows, useJournal, useSession, useStaggeredObservations } from './data';
import { describeEdit, lastChange, revertOf } from './edits';
import { ConfiguredBadge, ObservedSummary } from './StateBadges';
import { blockReason, useEdit, useInFlight } from './useEdit';
import { Verification } from './Verification';
import { Journal } from './Journal';

export function BgpPrefixPage({
  prefixId,
  bgpPrefixId,
}: {
  prefixId: string;
  bgpPrefixId: string;
}) {
  return (
    <Panel title="BGP prefix" resetKeys={[prefixId, bgpPrefixId]} skeletonRows={8}>
      <Body prefixId={prefixId} bgpPrefixId={bgpPrefixId} />
    </Panel>
  );
}

function Body({ prefixId, bgpPrefixId }: { prefixId: string; bgpPrefixId: string }) {
  const session = useSession();
  const bgp = useSuspenseQuery(bgpPrefixQuery(session.accountId, prefixId, bgpPrefixId)).data;
  const rows = useAccountRows(session.accountId);
  const observed = useStaggeredObservations(rows);
  const { journal } = useJournal();
  const { send, mutation } = useEdit(session.accountId, prefixId, bgpPrefixId);
  const inFlight = useInFlight(bgpPrefixId);
  const [proposal, setProposal] = useState<BgpPrefixEdit | null>(null);
  const [sentAt, setSentAt] = useState(0);

  const account = rows.map((row, i) => ({ row, observation: observed[i]?.observation ?? null }));
  const mine = account.find((a) => a.row.bgp.id === bgpPrefixId);
  const ipPrefix = mine?.row.prefix ?? rows.find((r) => r.prefix.id === prefixId)?.prefix;
  const entries = journal.filter((j) => j.bgpPrefixId === bgpPrefixId);
  const ctx = { readOnly: session.readOnly, readOnlyReason: session.readOnlyReason, inFlight };
  const propose = (edit: BgpPrefixEdit) => {
    mutation.reset();
    setProposal(edit);
  };
  const cidrOf = (id: string) => rows.find((r) => r.bgp.id === id)?.bgp.cidr ?? id;

  return (
    <div className="space-y-6">
      <PageHeader
        title={<span className="font-mono">{bgp.cidr}</span>}
        description={
          <>
            BGP prefix of{' '}
            <Link to="/byoip/$prefixId" params={{ prefixId }} className="underline">
              {ipPrefix?.cidr ?? prefixId}
            </Link>
            {bgp.asn ? `, origin AS${bgp.asn}` : ''}
            {ipPrefix?.description ? ` · ${ipPrefix.description}` : ''}
          </>
        }
      />
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-xs text-ink-muted">Configured</dt>
          <dd>
            <ConfiguredBadge bgp={bgp} />
          </dd>
        </div>
        <div>
          <dt className="text-xs text-ink-muted">Observed</dt>
          <dd>
            <ObservedSummary o={mine?.observation ?? null} />
          </dd>
        </div>
        <div>
          <dt className="text-xs text-ink-muted">AS-path prepend</dt>
          <dd>{bgp.asn_prepend_count ?? 0}</dd>
        </div>
        <div>
          <dt className="text-xs text-ink-muted">Auto advertise/withdraw</dt>
          <dd>{bgp.auto_advertise_withdraw ? 'on' : 'off'}</dd>
        </div>
      </dl>

      <section aria-labelledby="controls-h" className="space-y-3">
        <h2 id="controls-h" className="text-base font-semibold">
          Change
        </h2>
        {session.readOnly ? (
          <p className="text-sm text-ink-muted">{blockReason(bgp, 'settings', ctx)}</p>
        ) : (
          <ChangeControls bgp={bgp} ctx={ctx} onPropose={propose} />
        )}
        {proposal && !session.readOnly ? (
          <ConfirmChange
            key={JSON.stringify(proposal)}
            bgp={bgp}
            edit={proposal}
            observation={mine?.observation ?? null}
            account={account}
            prefixRpki={ipPrefix?.rpki_validation_state ?? null}
            readOnly={session.readOnly}
            inFlight={inFlight}
            onSend={(edit) => {
              setSentAt(Date.now());
              send(edit);
              setProposal(null);
            }}
            onCancel={() => setProposal(null)}
          />
        ) : null}
        {mutation.isPending ? (
          <p role="status" className="rounded-md border border-line bg-surface-raised p-3 text-sm">
            <span className="font-semibold">Sending to Cloudflare…</span>{' '}
            {mutation.variables ? describeEdit(mutation.variables, bgp.cidr) : ''}. What this page
            shows stays as Cloudflare last reported it until it answers.
          </p>
        ) : null}
        <EditOutcome error={mutation.error} answer={mutation.data} sentAt={sentAt} />
      </section>

      <section aria-labelledby="verify-h" className="space-y-2">
        <h2 id="verify-h" className="text-base font-semibold">
          Verification
        </h2>
        <Verification
          prefixId={prefixId}
          bgp={bgp}
          last={lastChange(bgp, journal)}
          timeScale={session.timeScale}
        />
      </section>

      <section aria-labelledby="journal-h" className="space-y-2">
        <h2 id="journal-h" className="text-base font-semibold">
          Change journal
        </h2>
        <Journal
          entries={entries}
          cidrOf={cidrOf}
          onRevert={
            session.readOnly
              ? undefined
              : (e) => {
                  const edit = revertOf(e.edit, e.before);
                  if (edit) propose(edit);
                }
          }
          revertBlocked={inFlight ? blockReason(bgp, 'settings', ctx) : null}
        />
      </section>
    </div>
  );
}
