import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { placeApiError } from './api-errors';

const err = (status: number, errors: { message: string; pointer?: string }[]) =>
  new ApiError({ status, errors, method: 'POST', path: '/cnis' });

describe('placeApiError', () => {
  it('puts pointed errors on their fields and keeps the others apart', () => {
    const r = placeApiError(
      err(400, [
        { message: 'bad key', pointer: '/bgp/md5_key' },
        { message: 'bad prefix', pointer: '/bgp/extra_prefixes/1' },
        { message: 'account must be x', pointer: '/account' },
        { message: 'no pointer' },
      ]),
    );
    expect(r.fields).toEqual({ '/bgp/md5_key': 'bad key', '/bgp/extra_prefixes': 'bad prefix' });
    expect(r.rest.map((m) => m.message)).toEqual(['account must be x', 'no pointer']);
  });

  it('puts a 409 without a pointer on the conduit name', () => {
    expect(placeApiError(err(409, [{ message: 'Name Conflict' }])).fields).toEqual({
      '/magic/conduit_name': 'Name Conflict',
    });
  });

  it('places nothing for errors that are not API errors', () => {
    expect(placeApiError(new Error('x'))).toEqual({ fields: {}, rest: [] });
  });
});
