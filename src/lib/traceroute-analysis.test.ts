import { describe, expect, it } from 'vitest';
import {
  asPairs,
  asSegments,
  buildMatrix,
  cellOf,
  classifyLoss,
  describeLoss,
  groupByUpstream,
  sortColos,
  upstreamOf,
} from './traceroute-analysis';
import { exportFileName, makeExport, parseExport } from './traceroute-export';
import type { TracerouteHop, TracerouteResult } from './traceroute-schema';

/** A hop: [ttl, lost of 3, asn or null for a silent hop, mean rtt]. */
function hop(
  ttl: number,
  lost: number,
  asn: string | null,
  rtt = ttl * 2,
  ip = `10.0.0.${ttl}`,
): TracerouteHop {
  return {
    packets_ttl: ttl,
    packets_sent: 3,
    packets_lost: asn === null ? 3 : lost,
    nodes:
      asn === null
        ? []
        : [
            {
              asn,
              ip,
              name: ip,
              labels: [],
              packet_count: 3 - lost,
              min_rtt_ms: rtt - 1,
              mean_rtt_ms: rtt,
              max_rtt_ms: rtt + 1,
              std_dev_rtt_ms: 0.5,
            },
          ],
  };
}

describe('classifyLoss', () => {
  it('labels loss that later hops do not show as rate limiting', () => {
    const hops = [
      hop(1, 0, 'AS13335'),
      hop(2, 2, 'AS13335'),
      hop(3, 1, 'AS174'),
      hop(4, 0, 'AS174'),
    ];
    expect(classifyLoss(hops)).toEqual(['none', 'rate-limit', 'rate-limit', 'none']);
  });

  it('labels loss persisting to the last hop as forwarding loss from where it starts', () => {
    const hops = [
      hop(1, 1, 'AS13335'),
      hop(2, 0, 'AS13335'),
      hop(3, 1, 'AS174'),
      hop(4, 2, 'AS174'),
      hop(5, 1, 'AS15169'),
    ];
    expect(classifyLoss(hops)).toEqual([
      'rate-limit',
      'none',
      'forwarding',
      'forwarding',
      'forwarding',
    ]);
  });

  it('tells a silent router inside the path from silence after the last answer', () => {
    const hops = [
      hop(1, 0, 'AS13335'),
      hop(2, 0, null),
      hop(3, 0, 'AS174'),
      hop(4, 0, null),
      hop(5, 0, null),
    ];
    expect(classifyLoss(hops)).toEqual(['none', 'no-reply', 'none', 'unreached', 'unreached']);
  });

  it('says the numbers and the reading in words', () => {
    expect(describeLoss('rate-limit', 2 / 3)).toMatch(/^67% loss, likely ICMP rate limiting/);
    expect(describeLoss('forwarding', 1 / 3)).toMatch(/^33% loss, forwarding loss/);
  });
});

describe('AS segments', () => {
  const hops = [
    hop(1, 0, 'AS13335'),
    hop(2, 0, null),
    hop(3, 0, 'AS13335'),
    hop(4, 0, ''),
    hop(5, 0, 'AS174'),
    hop(6, 0, 'AS174'),
    hop(7, 0, 'AS15169'),
    hop(8, 0, null),
  ];

  it('groups consecutive hops by AS and keeps silent and AS-less hops as such', () => {
    expect(asSegments(hops)).toEqual([
      { kind: 'as', asn: 13335, ttls: [1] },
      { kind: 'no-reply', asn: null, ttls: [2] },
      { kind: 'as', asn: 13335, ttls: [3] },
      { kind: 'no-asn', asn: null, ttls: [4] },
      { kind: 'as', asn: 174, ttls: [5, 6] },
      { kind: 'as', asn: 15169, ttls: [7] },
    ]);
  });

  it('pairs consecutive distinct ASes across gaps, once each', () => {
    expect(asPairs(asSegments(hops))).toEqual([
      [13335, 174],
      [174, 15169],
    ]);
  });

  it('finds the upstream the path leaves Cloudflare through', () => {
    expect(upstreamOf(hops)).toBe(174);
    expect(upstreamOf([hop(1, 0, 'AS13335')])).toBe('cloudflare');
    expect(upstreamOf([hop(1, 0, null)])).toBeNull();
  });
});

const result: TracerouteResult = [
  {
    target: '8.8.8.8',
    colos: [
      {
        colo: { name: 'sin', city: 'Singapore' },
        error: '',
        hops: [hop(1, 0, 'AS13335'), hop(2, 1, 'AS174', 9, '8.8.8.8')],
        target_summary: {},
      },
      {
        colo: { name: 'den', city: 'Denver' },
        error: '',
        hops: [hop(1, 0, 'AS13335'), hop(2, 0, 'AS3356', 4, '8.8.8.8')],
      },
      {
        colo: { name: 'ams', city: 'Amsterdam' },
        error: 'Could not gather traceroute data: Code 2',
        hops: [],
      },
    ],
  },
  {
    target: 'dns.google',
    colos: [
      {
        colo: { name: 'sin', city: 'Singapore' },
        hops: [hop(1, 0, 'AS13335'), hop(2, 0, 'AS174', 3, '8.8.4.4'), hop(3, 0, null)],
        target_summary: { ip: '8.8.4.4' },
      },
      { colo: { name: 'den', city: 'Denver' }, hops: [hop(1, 0, 'AS13335', 1), hop(2, 0, null)] },
    ],
  },
];

describe('matrix', () => {
  const m = buildMatrix(result);

  it('has the mean RTT and loss at the last answering hop per cell, and per-colo errors', () => {
    expect(m.targets).toEqual(['8.8.8.8', 'dns.google']);
    expect(m.colos.map((c) => c.code)).toEqual(['sin', 'den', 'ams']);
    expect(m.cells[0]!.get('sin')).toMatchObject({
      rttMs: 9,
      loss: 1 / 3,
      reached: true,
      upstream: 174,
    });
    expect(m.cells[0]!.get('ams')).toMatchObject({
      error: 'Could not gather traceroute data: Code 2',
      rttMs: null,
    });
    // Reached by the address from target_summary, since the target was a name.
    expect(m.cells[1]!.get('sin')).toMatchObject({ rttMs: 3, loss: 0, reached: true });
    expect(m.cells[1]!.get('den')).toMatchObject({
      rttMs: 1,
      reached: false,
      upstream: 'cloudflare',
    });
    expect(m.cells[1]!.get('ams')).toBeUndefined();
  });

  it('a traceroute where nothing answered has full loss and no RTT', () => {
    expect(cellOf('x', { colo: { name: 'lhr' }, hops: [hop(1, 0, null)] })).toMatchObject({
      loss: 1,
      rttMs: null,
      reached: false,
    });
  });

  it('sorts by a target column with empty cells last, in both directions', () => {
    expect(sortColos(m, { by: 'rtt', target: 0 }, 'asc')).toEqual(['den', 'sin', 'ams']);
    expect(sortColos(m, { by: 'rtt', target: 0 }, 'desc')).toEqual(['sin', 'den', 'ams']);
    expect(sortColos(m, { by: 'colo' }, 'asc')).toEqual(['ams', 'den', 'sin']);
  });

  it('groups colos by the upstream towards one target', () => {
    const groups = groupByUpstream(m, ['ams', 'den', 'sin'], 0);
    expect(groups).toEqual([
      { upstream: 174, colos: ['sin'] },
      { upstream: 3356, colos: ['den'] },
      { upstream: null, colos: ['ams'] },
    ]);
  });
});

describe('export file', () => {
  const request = {
    targets: ['8.8.8.8', 'dns.google'],
    options: {
      packet_type: 'icmp' as const,
      max_ttl: 15,
      packets_per_ttl: 3,
      port: 0,
      wait_time: 1,
    },
  };
  const file = makeExport(request, result, new Date('2025-09-01T12:34:56Z'));

  it('round-trips through JSON', () => {
    const back = parseExport(JSON.stringify(file));
    expect(back).toEqual({ ok: true, file });
    expect(exportFileName(file)).toBe('traceroute-20250901-1234Z-8.8.8.8-and-1-more.json');
  });

  it('refuses other files with a reason', () => {
    expect(parseExport('nope')).toEqual({ ok: false, reason: 'The file is not JSON.' });
    expect(parseExport('{"a":1}')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not a routedeck traceroute export/),
    });
    const broken = { ...file, result: [{ target: 1 }] };
    expect(parseExport(JSON.stringify(broken))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/at result\.0\.target: .*expected string, received number/),
    });
    const empty = { ...file, request: { ...request, colos: [] } };
    expect(parseExport(JSON.stringify(empty))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/request\.colos/),
    });
  });
});
