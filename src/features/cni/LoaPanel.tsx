/**
 * Letter of Authorization download: the API's PDF, optionally with a custom name instead of the
 * account's (at most 200 characters, checked before asking). The bytes are checked to be a PDF
 * before they are saved, so an error page never lands on disk as `loa.pdf`.
 */
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { fetchLoa, type Interconnect } from '../../api/cni';
import { Button } from '../../components/ui/Button';
import { ErrorNotice } from '../../components/ui/ErrorNotice';
import { LOA_NAME_MAX, validateLoaName } from '../../lib/cni-validation';
import { Field, inputClass } from './Field';

async function downloadLoa(accountId: string, icon: string, name: string | undefined) {
  const blob = await fetchLoa(accountId, icon, name);
  const head = new TextDecoder().decode(await blob.slice(0, 5).arrayBuffer());
  if (head !== '%PDF-') throw new Error('The server did not send a PDF for this LOA.');
  const filename = `loa-${icon}.pdf`;
  const url = URL.createObjectURL(new Blob([blob], { type: 'application/pdf' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled; revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { filename, size: blob.size };
}

export function LoaPanel({
  accountId,
  interconnect,
}: {
  accountId: string;
  interconnect: Interconnect;
}) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const download = useMutation({
    mutationFn: (n: string | undefined) => downloadLoa(accountId, interconnect.name, n),
  });

  if (!interconnect.slot_id) {
    return (
      <p className="text-sm text-ink-muted">
        A cloud partner interconnect has no cross-connect in a data centre, so there is no LOA to
        download.
      </p>
    );
  }
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        const checked = validateLoaName(name);
        setError(checked.ok ? undefined : checked.reason);
        if (checked.ok) download.mutate(checked.value);
      }}
    >
      <Field
        label="Name on the letter (optional)"
        hint={`Leave empty to use the account name; at most ${LOA_NAME_MAX} characters (${name.trim().length} now).`}
        error={error}
      >
        {(p) => (
          <input
            {...p}
            className={inputClass}
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoComplete="organization"
          />
        )}
      </Field>
      <Button type="submit" variant="primary" disabled={download.isPending}>
        {download.isPending ? 'Preparing the PDF…' : 'Download LOA (PDF)'}
      </Button>
      {download.isSuccess ? (
        <p role="status" className="text-sm text-ink-muted">
          Saved {download.data.filename} ({(download.data.size / 1024).toFixed(1)} KB).
        </p>
      ) : null}
      {download.isError ? <ErrorNotice error={download.error} /> : null}
    </form>
  );
}
