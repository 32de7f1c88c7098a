import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../api/audit';
import { journalOf, lastChange, parseEdit, revertOf } from './edits';

const path = '/accounts/acc/addressing/prefixes/p1/bgp/prefixes/b1';
const entry = (time: string, body: unknown, status = 200, before?: unknown): AuditEntry => ({
  time,
  mode: 'demo',
  method: 'PATCH',
  path,
  body,
  status,
  cfRay: null,
  before,
  result: null,
});

describe('change journal from the audit log', () => {
  it('keeps BGP prefix PATCHes only, newest first, refused ones marked', () => {
    const j = journalOf([
      entry('2026-01-01T10:00:00Z', { on_demand: { advertised: false } }),
      {
        ...entry('2026-01-01T11:00:00Z', {}),
        method: 'POST',
        path: '/accounts/acc/diagnostics/traceroute',
      },
      entry('2026-01-01T12:00:00Z', { asn_prepend_count: 2 }, 429),
    ]);
    expect(j.map((e) => [e.bgpPrefixId, e.status, e.ok])).toEqual([
      ['b1', 429, false],
      ['b1', 200, true],
    ]);
  });

  it('refuses to replay bodies that are not one of the three contract edits', () => {
    expect(parseEdit({ on_demand: { advertised: true }, asn_prepend_count: 1 })).toBeNull();
    expect(parseEdit({ asn_prepend_count: 4 })).toBeNull();
    expect(parseEdit({ auto_advertise_withdraw: false })).toEqual({
      auto_advertise_withdraw: false,
    });
  });

  it('reverts to the state before the change', () => {
    const before = {
      id: 'b1',
      cidr: '192.0.2.0/24',
      asn_prepend_count: 1,
      on_demand: { advertised: true },
    };
    expect(revertOf({ on_demand: { advertised: false } }, before)).toEqual({
      on_demand: { advertised: true },
    });
    expect(revertOf({ asn_prepend_count: 3 }, before)).toEqual({ asn_prepend_count: 1 });
    expect(revertOf({ asn_prepend_count: 3 }, null)).toBeNull();
  });

  it('takes the change to verify from the server: advertised_modified_at unless the journal is newer', () => {
    const bgp = {
      id: 'b1',
      cidr: '192.0.2.0/24',
      on_demand: { advertised: false, advertised_modified_at: '2026-01-01T10:00:01Z' },
    };
    const j = journalOf([entry('2026-01-01T10:00:02Z', { on_demand: { advertised: false } })]);
    expect(lastChange(bgp, j)).toEqual({
      kind: 'withdraw',
      at: Date.parse('2026-01-01T10:00:01Z'),
    });
    const later = journalOf([entry('2026-01-01T11:00:00Z', { asn_prepend_count: 2 })]);
    expect(lastChange(bgp, later)?.kind).toBe('prepend');
    expect(lastChange(bgp, [])?.kind).toBe('withdraw');
  });
});
