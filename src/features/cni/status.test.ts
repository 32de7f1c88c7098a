import { describe, expect, it } from 'vitest';
import { byStatusThenName, statusMeaning, statusTone } from './status';

describe('interconnect status', () => {
  it('puts down and unhealthy first, unknown states before pending and healthy, unloaded last', () => {
    const rows = [
      { name: 'a', state: 'Healthy' },
      { name: 'b', state: undefined },
      { name: 'c', state: 'Pending' },
      { name: 'd', state: 'Unhealthy' },
      { name: 'e', state: 'Degraded' },
      { name: 'f', state: 'Down' },
      { name: 'g', state: 'Down' },
    ];
    expect([...rows].sort(byStatusThenName).map((r) => r.name)).toEqual([
      'f',
      'g',
      'd',
      'e',
      'c',
      'a',
      'b',
    ]);
  });

  it('gives each known state its own tone and keeps unknown ones neutral and raw', () => {
    expect(['Down', 'Unhealthy', 'Pending', 'Healthy'].map(statusTone)).toEqual([
      'bad',
      'warn',
      'pending',
      'ok',
    ]);
    expect(statusTone('Degraded')).toBe('neutral');
    expect(statusMeaning('Degraded')).toContain('"Degraded"');
  });
});
