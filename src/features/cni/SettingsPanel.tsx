/** The account's default ASN for CNIs (`…/cni/settings`): shown, and changed after a local check. */
import { useState } from 'react';
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { cniSettingsQuery, updateCniSettings } from '../../api/cni';
import { ApiError } from '../../api/client';
import { sessionQuery } from '../../api/session';
import { Button } from '../../components/ui/Button';
import { ErrorNotice } from '../../components/ui/ErrorNotice';
import { validateCniAsn } from '../../lib/cni-validation';
import { Field, inputClass } from './Field';
import { AsnLink } from './RoutingLinks';

export function SettingsPanel() {
  const { accountId } = useSuspenseQuery(sessionQuery()).data;
  const settings = useSuspenseQuery(cniSettingsQuery(accountId));
  const queryClient = useQueryClient();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();
  const save = useMutation({
    mutationFn: (asn: number) => updateCniSettings(accountId, asn),
    onSuccess: (data) => {
      queryClient.setQueryData(cniSettingsQuery(accountId).queryKey, data);
      setValue('');
    },
  });
  const apiFieldError =
    save.error instanceof ApiError
      ? save.error.errors.find((e) => e.pointer === '/default_asn')?.message
      : undefined;

  return (
    <div className="space-y-3 text-sm">
      <p data-testid="default-asn">
        Default ASN: <AsnLink asn={settings.data.default_asn} />
      </p>
      <form
        noValidate
        className="space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          const checked = validateCniAsn(value);
          setError(checked.ok ? undefined : checked.reason);
          if (checked.ok) save.mutate(checked.value);
        }}
      >
        <Field label="New default ASN" error={error ?? apiFieldError}>
          {(p) => (
            <input
              {...p}
              className={inputClass}
              inputMode="numeric"
              value={value}
              placeholder={String(settings.data.default_asn)}
              onChange={(e) => setValue(e.target.value)}
            />
          )}
        </Field>
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Change default ASN'}
        </Button>
        {save.isSuccess ? (
          <p role="status" className="text-ink-muted">
            Saved: the default ASN is now AS{save.data.default_asn}.
          </p>
        ) : null}
        {save.isError && !apiFieldError ? <ErrorNotice error={save.error} /> : null}
      </form>
    </div>
  );
}
