/**
 * Create and edit form for a CNI. Every field is checked before a request (see cni-form-model);
 * errors the API sends back are placed on the field their pointer names. The first refused field
 * gets focus so keyboard and screen-reader users land on the reason.
 */
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { Button } from '../../components/ui/Button';
import { ErrorNotice } from '../../components/ui/ErrorNotice';
import { MTU_MAX, MTU_MIN, type CniField } from '../../lib/cni-validation';
import { placeApiError } from './api-errors';
import type { CniDraft, FieldErrors } from './cni-form-model';
import { Field, inputClass } from './Field';

interface Props {
  mode: 'create' | 'edit';
  initial: CniDraft;
  interconnects: readonly string[];
  /** Checks the draft and, when valid, sends it; returns the field errors that stopped it. */
  onSubmit: (draft: CniDraft) => FieldErrors | null;
  pending: boolean;
  /** The last failed request, if any. */
  apiError: unknown;
  submitLabel: string;
}

export function CniForm({
  mode,
  initial,
  interconnects,
  onSubmit,
  pending,
  apiError,
  submitLabel,
}: Props) {
  const [draft, setDraft] = useState(initial);
  const [local, setLocal] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const server = placeApiError(apiError);
  const errorOf = (f: CniField) => local[f] ?? server.fields[f];
  const set = <K extends keyof CniDraft>(key: K, value: CniDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = onSubmit(draft) ?? {};
    flushSync(() => setLocal(errors));
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  };

  const text = (
    key: 'conduitName' | 'description' | 'mtu' | 'p2pIp' | 'custIp' | 'customerAsn' | 'md5Key',
  ) =>
    function TextInput(p: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) {
      return (
        <input
          {...p}
          className={`${inputClass} ${['p2pIp', 'custIp', 'md5Key'].includes(key) ? 'font-mono' : ''}`}
          value={draft[key]}
          onChange={(ev) => set(key, ev.target.value)}
          inputMode={key === 'mtu' || key === 'customerAsn' ? 'numeric' : undefined}
          autoComplete="off"
          spellCheck={false}
        />
      );
    };

  return (
    <form ref={formRef} noValidate onSubmit={submit} className="space-y-4" aria-label={submitLabel}>
      {server.rest.length > 0 ? <ErrorNotice error={apiError} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Interconnect" error={errorOf('/interconnect')}>
          {(p) => (
            <select
              {...p}
              className={inputClass}
              value={draft.interconnect}
              onChange={(e) => set('interconnect', e.target.value)}
            >
              <option value="">Choose…</option>
              {interconnects.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="Conduit name"
          hint="Names the Magic conduit; unique in the account."
          error={errorOf('/magic/conduit_name')}
        >
          {text('conduitName')}
        </Field>
        <Field label="Description" error={errorOf('/magic/description')}>
          {text('description')}
        </Field>
        <Field label="MTU (bytes)" hint={`${MTU_MIN} to ${MTU_MAX}.`} error={errorOf('/magic/mtu')}>
          {text('mtu')}
        </Field>
        {mode === 'edit' ? (
          <>
            <Field label="Cloudflare end (p2p_ip)" hint="A.B.C.D/31" error={errorOf('/p2p_ip')}>
              {text('p2pIp')}
            </Field>
            <Field
              label="Customer end (cust_ip)"
              hint="The other address of the same /31."
              error={errorOf('/cust_ip')}
            >
              {text('custIp')}
            </Field>
          </>
        ) : null}
      </div>
      {mode === 'create' ? (
        <p className="text-sm text-ink-muted">
          Cloudflare assigns the point-to-point /31 when the CNI is created.
        </p>
      ) : null}

      <fieldset className="rounded-md border border-line p-3">
        <legend className="px-1 text-sm font-semibold">BGP</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={draft.bgpEnabled}
            onChange={(e) => set('bgpEnabled', e.target.checked)}
          />
          Run a BGP session over this CNI
        </label>
        {draft.bgpEnabled ? (
          <div className="mt-3 grid gap-4 sm:grid-cols-2">
            <Field
              label="Customer ASN"
              hint="Your side of the session, e.g. 64512 or AS64512."
              error={errorOf('/bgp/customer_asn')}
            >
              {text('customerAsn')}
            </Field>
            <Field
              label="MD5 key (optional)"
              hint='Printable ASCII without " or ?. Guards against misconfiguration; not a secret.'
              error={errorOf('/bgp/md5_key')}
            >
              {text('md5Key')}
            </Field>
            <Field
              label="Extra prefixes (optional)"
              hint="IPv4 CIDRs to advertise to you, one per line."
              error={errorOf('/bgp/extra_prefixes')}
              className="sm:col-span-2"
            >
              {(p) => (
                <textarea
                  {...p}
                  rows={3}
                  className={`${inputClass} font-mono`}
                  value={draft.extraPrefixes}
                  onChange={(e) => set('extraPrefixes', e.target.value)}
                  spellCheck={false}
                />
              )}
            </Field>
            {mode === 'edit' ? (
              <Field label="BGP mode">
                {(p) => (
                  <select
                    {...p}
                    className={inputClass}
                    value={draft.bgpMode}
                    onChange={(e) => set('bgpMode', e.target.value as CniDraft['bgpMode'])}
                  >
                    <option value="">Not set</option>
                    <option value="dynamic_route_exchange">Dynamic route exchange</option>
                    <option value="advertise_only">Advertise only</option>
                  </select>
                )}
              </Field>
            ) : null}
          </div>
        ) : null}
      </fieldset>
      <Button type="submit" variant="primary" disabled={pending}>
        {pending ? 'Saving…' : submitLabel}
      </Button>
    </form>
  );
}
