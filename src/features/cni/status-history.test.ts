import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { interconnectStatusQuery } from '../../api/cni';
import { statusHistory, toSpans, watchStatusHistory } from './status-history';

describe('status history', () => {
  it('records each status answer that reaches the cache, per interconnect, and nothing else', () => {
    const client = new QueryClient();
    const key = (name: string) => interconnectStatusQuery('acc', name).queryKey;
    client.setQueryData(key('a'), { state: 'Pending' }, { updatedAt: 1000 });
    watchStatusHistory(client.getQueryCache());
    watchStatusHistory(client.getQueryCache()); // a second watch must not double-record
    client.setQueryData(key('a'), { state: 'Down', reason: 'no light' }, { updatedAt: 2000 });
    client.setQueryData(key('b'), { state: 'Healthy' }, { updatedAt: 3000 });
    client.setQueryData(['cni', 'interconnects', { accountId: 'acc' }], []);
    expect(statusHistory('acc', 'a')).toEqual([
      { at: 1000, state: 'Pending', reason: null },
      { at: 2000, state: 'Down', reason: 'no light' },
    ]);
    expect(statusHistory('acc', 'b')).toHaveLength(1);
    expect(statusHistory('other', 'a')).toEqual([]);
  });
});

describe('toSpans', () => {
  it('merges identical consecutive answers and lists the newest first', () => {
    const spans = toSpans([
      { at: 1, state: 'Healthy', reason: null },
      { at: 2, state: 'Healthy', reason: null },
      { at: 3, state: 'Unhealthy', reason: 'low light' },
      { at: 4, state: 'Unhealthy', reason: 'CRC errors' },
      { at: 5, state: 'Healthy', reason: null },
    ]);
    expect(spans).toEqual([
      { state: 'Healthy', reason: null, from: 5, to: 5, checks: 1 },
      { state: 'Unhealthy', reason: 'CRC errors', from: 4, to: 4, checks: 1 },
      { state: 'Unhealthy', reason: 'low light', from: 3, to: 3, checks: 1 },
      { state: 'Healthy', reason: null, from: 1, to: 2, checks: 2 },
    ]);
  });
});
