/** `/cnis/new`: create a CNI; Cloudflare assigns its /31, then the page moves to the new CNI. */
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { cniQuery, cniSettingsQuery, createCni, interconnectsQuery } from '../../api/cni';
import { sessionQuery } from '../../api/session';
import { PageHeader } from '../../components/layout/PageHeader';
import { Panel } from '../../components/ui/Panel';
import { emptyDraft, toCreateBody } from './cni-form-model';
import { CniForm } from './CniForm';
import { CniTabs } from './CniTabs';

export function CniNewPage({ interconnect }: { interconnect?: string }) {
  return (
    <>
      <PageHeader
        title="New CNI"
        description="A BGP session and Magic settings on one of your interconnects."
      />
      <CniTabs />
      <Panel title="CNI settings" className="max-w-3xl">
        <CreateCni interconnect={interconnect} />
      </Panel>
    </>
  );
}

function CreateCni({ interconnect }: { interconnect?: string }) {
  const { accountId } = useSuspenseQuery(sessionQuery()).data;
  const interconnects = useSuspenseQuery(interconnectsQuery(accountId)).data.map((i) => i.name);
  const settings = useSuspenseQuery(cniSettingsQuery(accountId)).data;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: (body: unknown) => createCni(accountId, body),
    onSuccess: async (cni) => {
      queryClient.setQueryData(cniQuery(accountId, cni.id).queryKey, cni);
      await queryClient.invalidateQueries({ queryKey: ['cni', 'cnis'] });
      void navigate({ to: '/cnis/$id', params: { id: cni.id } });
    },
  });
  const initial = {
    ...emptyDraft(settings.default_asn),
    interconnect: interconnect && interconnects.includes(interconnect) ? interconnect : '',
  };
  return (
    <CniForm
      mode="create"
      initial={initial}
      interconnects={interconnects}
      pending={create.isPending}
      apiError={create.error}
      submitLabel="Create CNI"
      onSubmit={(draft) => {
        const checked = toCreateBody(draft, accountId);
        if (!checked.ok) return checked.errors;
        create.reset();
        create.mutate(checked.body);
        return null;
      }}
    />
  );
}
