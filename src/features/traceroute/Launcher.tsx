/**
 * The launcher form. Its values live in the URL (the route's search params), so a link prefills
 * it; nothing is sent until Run is pressed, and only after every field passed its check.
 */
import { useId, type FormEvent, type ReactNode } from 'react';
import { Button } from '../../components/ui/Button';
import { PACKET_TYPES, type PacketType } from '../../lib/traceroute-schema';
import { ColoPicker } from './ColoPicker';
import {
  MAX_TARGETS,
  NUMBER_FIELDS,
  PACKET_TYPE_LABELS,
  portHint,
  splitTargets,
  type FormErrors,
  type FormState,
  type NumberField,
} from './form-model';

interface Props {
  form: FormState;
  errors: FormErrors;
  onChange: (patch: Partial<FormState>) => void;
  onRun: () => void;
  /** Why Run cannot be pressed now (a run in flight, read-only, a rate limit), or null. */
  blocked: string | null;
  extraActions?: ReactNode;
}

const inputCls =
  'min-h-9 w-full rounded-md border bg-surface px-2 text-sm aria-invalid:border-status-bad';

function FieldError({ id, text }: { id: string; text?: string }) {
  if (!text) return null;
  return (
    <p id={id} className="mt-1 text-xs text-status-bad">
      <span aria-hidden="true">✕ </span>
      {text}
    </p>
  );
}

function NumberInput({
  field,
  form,
  errors,
  onChange,
}: { field: NumberField } & Pick<Props, 'form' | 'errors' | 'onChange'>) {
  const id = useId();
  const f = NUMBER_FIELDS[field];
  const hint = field === 'port' ? portHint(form.packet_type) : null;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {f.label}
      </label>
      <p id={`${id}-limits`} className="text-xs text-ink-muted">
        {f.min}–{f.max}
        {f.unit ? ` ${f.unit}` : ''}, default {f.def}
      </p>
      <input
        id={id}
        name={field}
        type="number"
        inputMode="numeric"
        min={f.min}
        max={f.max}
        step={1}
        value={form[field]}
        onChange={(e) => onChange({ [field]: e.target.value })}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={`${id}-limits${hint ? ` ${id}-hint` : ''}${errors[field] ? ` ${id}-err` : ''}`}
        className={`${inputCls} mt-1 border-line`}
      />
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-ink-muted">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-err`} text={errors[field]} />
    </div>
  );
}

export function Launcher({ form, errors, onChange, onRun, blocked, extraActions }: Props) {
  const id = useId();
  const count = splitTargets(form.targets).length;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!blocked) onRun();
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Traceroute" className="space-y-4">
      <div>
        <label htmlFor={`${id}-t`} className="block text-sm font-medium">
          Targets
        </label>
        <p id={`${id}-th`} className="text-xs text-ink-muted">
          IP addresses or hostnames, separated by commas or new lines; at most {MAX_TARGETS} (
          <span data-testid="target-count">{count}</span> entered).
        </p>
        <textarea
          id={`${id}-t`}
          name="targets"
          rows={2}
          value={form.targets}
          onChange={(e) => onChange({ targets: e.target.value })}
          placeholder="1.1.1.1, dns.google, 2606:4700:4700::1111"
          aria-invalid={errors.targets ? true : undefined}
          aria-describedby={`${id}-th${errors.targets ? ` ${id}-te` : ''}`}
          className={`${inputCls} mt-1 border-line py-1.5 font-mono`}
        />
        <FieldError id={`${id}-te`} text={errors.targets} />
      </div>
      <ColoPicker value={form.colos} onChange={(colos) => onChange({ colos })} />
      <fieldset>
        <legend className="text-sm font-medium">Options</legend>
        <div className="mt-1 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
          <div>
            <label htmlFor={`${id}-pt`} className="block text-sm font-medium">
              Packet type
            </label>
            <p className="text-xs text-ink-muted">default ICMP</p>
            <select
              id={`${id}-pt`}
              name="packet_type"
              value={form.packet_type}
              onChange={(e) => onChange({ packet_type: e.target.value as PacketType })}
              className={`${inputCls} mt-1 border-line`}
            >
              {PACKET_TYPES.map((t) => (
                <option key={t} value={t}>
                  {PACKET_TYPE_LABELS[t]}
                </option>
              ))}
            </select>
          </div>
          {(Object.keys(NUMBER_FIELDS) as NumberField[]).map((f) => (
            <NumberInput key={f} field={f} form={form} errors={errors} onChange={onChange} />
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="primary" disabled={blocked !== null}>
          Run traceroute
        </Button>
        {blocked ? <p className="text-sm text-ink-muted">{blocked}</p> : null}
        {extraActions}
      </div>
    </form>
  );
}
