/** `/cnis/<id>`: one CNI with its routing context, edited as a whole (PUT) or deleted. */
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { cniQuery, interconnectsQuery, updateCni, type Cni } from '../../api/cni';
import { sessionQuery } from '../../api/session';
import { PageHeader } from '../../components/layout/PageHeader';
import { Panel } from '../../components/ui/Panel';
import { draftFromCni, toUpdateBody } from './cni-form-model';
import { CniForm } from './CniForm';
import { CniTabs } from './CniTabs';
import { DeleteCni } from './DeleteCni';
import { RelationshipToCloudflare } from './RelationshipToCloudflare';
import { AsnLink, PrefixLinks } from './RoutingLinks';

export function CniDetailPage({ id }: { id: string }) {
  const { accountId } = useSuspenseQuery(sessionQuery()).data;
  const cni = useSuspenseQuery(cniQuery(accountId, id));
  const c = cni.data;
  return (
    <>
      <PageHeader
        title={c.magic.conduit_name}
        description={
          <>
            CNI on{' '}
            <Link
              to="/interconnects/$icon"
              params={{ icon: c.interconnect }}
              className="font-mono underline"
            >
              {c.interconnect}
            </Link>{' '}
            · <span className="font-mono">{c.p2p_ip}</span> ↔{' '}
            <span className="font-mono">{c.cust_ip}</span>
          </>
        }
      />
      <CniTabs />
      <div className="grid gap-4 lg:grid-cols-[1fr_22rem]">
        <Panel title="Edit">
          {/* Keyed by the stored version so a save (or a refetch) refills the form with what the API holds. */}
          <EditCni key={cni.dataUpdatedAt} accountId={accountId} cni={c} />
        </Panel>
        <div className="space-y-4">
          <Panel title="Routing context" resetKeys={[c.bgp?.customer_asn]}>
            {c.bgp ? (
              <div className="space-y-2 text-sm">
                <p>
                  Customer AS: <AsnLink asn={c.bgp.customer_asn} />
                </p>
                <RelationshipToCloudflare asn={c.bgp.customer_asn} />
                <p>
                  Extra prefixes:{' '}
                  {c.bgp.extra_prefixes.length ? (
                    <PrefixLinks prefixes={c.bgp.extra_prefixes} />
                  ) : (
                    'none'
                  )}
                </p>
              </div>
            ) : (
              <p className="text-sm text-ink-muted">
                No BGP session on this CNI, so no customer AS or prefixes.
              </p>
            )}
          </Panel>
          <Panel title="Delete">
            <DeleteCni accountId={accountId} cni={c} />
          </Panel>
        </div>
      </div>
    </>
  );
}

function EditCni({ accountId, cni }: { accountId: string; cni: Cni }) {
  const queryClient = useQueryClient();
  const interconnects = useSuspenseQuery(interconnectsQuery(accountId)).data.map((i) => i.name);
  const save = useMutation({
    mutationFn: (body: unknown) => updateCni(accountId, cni.id, body),
    onSuccess: (data) => {
      queryClient.setQueryData(cniQuery(accountId, cni.id).queryKey, data);
      void queryClient.invalidateQueries({ queryKey: ['cni', 'cnis'] });
    },
  });
  return (
    <>
      <CniForm
        mode="edit"
        initial={draftFromCni(cni)}
        interconnects={interconnects}
        pending={save.isPending}
        apiError={save.error}
        submitLabel="Save changes"
        onSubmit={(draft) => {
          const checked = toUpdateBody(draft, cni.id, cni.account);
          if (!checked.ok) return checked.errors;
          save.reset();
          save.mutate(checked.body);
          return null;
        }}
      />
    </>
  );
}
