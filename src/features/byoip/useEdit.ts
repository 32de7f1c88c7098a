/**
 * Sending one edit of one BGP prefix. One click sends one PATCH: a ref closes the gap between two
 * clicks in the same frame (before React re-renders the disabled button), and the mutation key lets
 * every control of the prefix see that a change is in flight. Nothing is assumed: the page shows
 * what the server answered, and after an error it re-reads the prefix instead of guessing.
 */
import { useRef } from 'react';
import { useIsMutating, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  bgpPrefixQuery,
  editBgpPrefix,
  type BgpPrefix,
  type BgpPrefixEdit,
} from '../../api/addressing';

const editKey = (bgpId: string) => ['byoip', 'edit', bgpId] as const;

export function useInFlight(bgpId: string): boolean {
  return useIsMutating({ mutationKey: editKey(bgpId) }) > 0;
}

export function useEdit(accountId: string, prefixId: string, bgpId: string) {
  const qc = useQueryClient();
  const sending = useRef(false);
  const m = useMutation({
    mutationKey: editKey(bgpId),
    mutationFn: (edit: BgpPrefixEdit) => editBgpPrefix(accountId, prefixId, bgpId, edit),
    onSuccess: (answer: BgpPrefix) => {
      qc.setQueryData(bgpPrefixQuery(accountId, prefixId, bgpId).queryKey, answer);
    },
    onSettled: async () => {
      sending.current = false;
      await Promise.all([
        qc.invalidateQueries({ queryKey: ['addressing'] }),
        qc.invalidateQueries({ queryKey: ['app', 'audit'] }),
      ]);
    },
  });
  const send = (edit: BgpPrefixEdit) => {
    if (sending.current) return;
    sending.current = true;
    m.mutate(edit);
  };
  return { send, mutation: m };
}

export interface BlockContext {
  readOnly: boolean;
  /** The server's own words for it (/api/session), when it gives them. */
  readOnlyReason?: string;
  inFlight: boolean;
}

/** Why an edit cannot be made now, in words for the disabled control; null when it can. */
export function blockReason(
  bgp: BgpPrefix,
  kind: 'advertisement' | 'settings',
  ctx: BlockContext,
): string | null {
  if (ctx.readOnly) {
    return (
      ctx.readOnlyReason ??
      'routedeck runs read-only (READ_ONLY is set on its server): changes are disabled.'
    );
  }
  if (ctx.inFlight) return 'A change to this prefix is being sent: wait for Cloudflare to answer.';
  if (kind === 'settings') return null;
  if (bgp.on_demand?.on_demand_locked) {
    return 'Cloudflare has locked the advertisement of this prefix: it cannot be changed through the API.';
  }
  if (!bgp.on_demand?.on_demand_enabled || typeof bgp.on_demand.advertised !== 'boolean') {
    return 'On-demand advertisement is not enabled for this prefix, so its advertisement cannot be toggled.';
  }
  return null;
}
