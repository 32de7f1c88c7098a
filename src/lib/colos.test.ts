import { describe, expect, it } from 'vitest';
import { COLOS, coloOf, describeSite } from './colos';

describe('colos', () => {
  it('holds every colo of the shipped list, with quoted cities intact', () => {
    expect(COLOS).toHaveLength(340);
    expect(coloOf('abq')).toMatchObject({ city: 'Albuquerque, NM', country: 'United States' });
  });

  it('finds a colo by upper-case code or by a site name with a facility number', () => {
    expect(coloOf('AMS')?.city).toBe('Amsterdam');
    expect(coloOf('ams01')?.code).toBe('ams');
    expect(describeSite('sin')).toBe('Singapore, Singapore');
  });

  it('returns the raw site for an unknown code', () => {
    expect(coloOf('zzz')).toBeUndefined();
    expect(describeSite('zzz9')).toBe('zzz9');
  });
});
