/**
 * A status label that never relies on colour alone: each tone has its own icon shape, and the text
 * always says the state. Tones cover relationship kinds, RPKI states and health.
 */
import type { ReactNode } from 'react';

export type Tone =
  | 'ok'
  | 'warn'
  | 'bad'
  | 'pending'
  | 'neutral'
  | 'provider'
  | 'peer'
  | 'customer'
  | 'rpki-valid'
  | 'rpki-invalid'
  | 'rpki-unknown';

const tones: Record<Tone, { cls: string; icon: string }> = {
  ok: { cls: 'text-status-ok border-status-ok/40 bg-status-ok/10', icon: '●' },
  warn: { cls: 'text-status-warn border-status-warn/40 bg-status-warn/10', icon: '▲' },
  bad: { cls: 'text-status-bad border-status-bad/40 bg-status-bad/10', icon: '✕' },
  pending: { cls: 'text-status-pending border-status-pending/40 bg-status-pending/10', icon: '◌' },
  neutral: { cls: 'text-ink-muted border-line bg-surface-sunken', icon: '○' },
  provider: { cls: 'text-rel-provider border-rel-provider/40 bg-rel-provider/10', icon: '▲' },
  peer: { cls: 'text-rel-peer border-rel-peer/40 bg-rel-peer/10', icon: '◆' },
  customer: { cls: 'text-rel-customer border-rel-customer/40 bg-rel-customer/10', icon: '▼' },
  'rpki-valid': { cls: 'text-rpki-valid border-rpki-valid/40 bg-rpki-valid/10', icon: '✓' },
  'rpki-invalid': { cls: 'text-rpki-invalid border-rpki-invalid/40 bg-rpki-invalid/10', icon: '✕' },
  'rpki-unknown': { cls: 'text-rpki-unknown border-rpki-unknown/40 bg-rpki-unknown/10', icon: '?' },
};

export function Badge({
  tone,
  children,
  title,
}: {
  tone: Tone;
  children: ReactNode;
  title?: string;
}) {
  const t = tones[tone];
  return (
    <span
      title={title}
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded border px-1.5 py-0.5 text-xs font-medium ${t.cls}`}
    >
      <span aria-hidden="true">{t.icon}</span>
      {children}
    </span>
  );
}
