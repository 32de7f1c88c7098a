import { describe, expect, it } from 'vitest';
import { countSlots, speedsOf } from './slot-counts';

describe('countSlots', () => {
  it('counts free and occupied slots per site and speed, slowest speed first', () => {
    const slots = [
      { site: 'lhr', speed: '10G', occupied: false },
      { site: 'lhr', speed: '100G', occupied: true },
      { site: 'lhr', speed: '10G', occupied: true },
      { site: 'ams', speed: '1G', occupied: false },
      { site: 'lhr', speed: '500M', occupied: false },
    ];
    expect(countSlots(slots)).toEqual([
      { site: 'ams', free: 1, occupied: 0, speeds: [{ speed: '1G', free: 1, occupied: 0 }] },
      {
        site: 'lhr',
        free: 2,
        occupied: 2,
        speeds: [
          { speed: '500M', free: 1, occupied: 0 },
          { speed: '10G', free: 1, occupied: 1 },
          { speed: '100G', free: 0, occupied: 1 },
        ],
      },
    ]);
    expect(speedsOf(slots)).toEqual(['500M', '1G', '10G', '100G']);
  });

  it('is empty for no slots', () => {
    expect(countSlots([])).toEqual([]);
  });
});
