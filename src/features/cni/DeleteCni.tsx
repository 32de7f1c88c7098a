/** Deleting a CNI ends its BGP session and tunnel, so it asks for the conduit name to be typed. */
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { cniQuery, deleteCni, type Cni } from '../../api/cni';
import { Button } from '../../components/ui/Button';
import { ErrorNotice } from '../../components/ui/ErrorNotice';
import { Field, inputClass } from './Field';

export function DeleteCni({ accountId, cni }: { accountId: string; cni: Cni }) {
  const [typed, setTyped] = useState('');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const name = cni.magic.conduit_name;
  const remove = useMutation({
    mutationFn: () => deleteCni(accountId, cni.id),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: cniQuery(accountId, cni.id).queryKey });
      await queryClient.invalidateQueries({ queryKey: ['cni', 'cnis'] });
      void navigate({ to: '/cnis' });
    },
  });
  const matches = typed === name;
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (matches) remove.mutate();
      }}
    >
      <p className="text-sm">
        This removes the CNI and its BGP session from{' '}
        <span className="font-mono">{cni.interconnect}</span>. Traffic over it stops.
      </p>
      <Field label={`Type ${name} to confirm`}>
        {(p) => (
          <input
            {...p}
            className={`${inputClass} font-mono`}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        )}
      </Field>
      <Button
        type="submit"
        disabled={!matches || remove.isPending}
        className="border-status-bad text-status-bad"
      >
        {remove.isPending ? 'Deleting…' : 'Delete this CNI'}
      </Button>
      {remove.isError ? <ErrorNotice error={remove.error} /> : null}
    </form>
  );
}
