/**
 * `/interconnects/<name>`: what the interconnect is, its status with what this session has seen of
 * it, its Letter of Authorization, its CNIs, and a traceroute from its colo.
 */
import { useSuspenseQuery } from '@tanstack/react-query';
import { interconnectQuery } from '../../api/cni';
import { sessionQuery } from '../../api/session';
import { AppLink } from '../../components/layout/AppLink';
import { PageHeader } from '../../components/layout/PageHeader';
import { useRouteExists } from '../../components/layout/useRouteExists';
import { Panel } from '../../components/ui/Panel';
import { coloOf } from '../../lib/colos';
import { CniTabs } from './CniTabs';
import { InterconnectCnis } from './InterconnectCnis';
import { InterconnectDetails } from './InterconnectDetails';
import { LoaPanel } from './LoaPanel';
import { StatusPanel } from './StatusPanel';

export function InterconnectDetailPage({ icon }: { icon: string }) {
  const { accountId } = useSuspenseQuery(sessionQuery()).data;
  const { data: ic } = useSuspenseQuery(interconnectQuery(accountId, icon));
  const colo = ic.site ? coloOf(ic.site) : undefined;
  const tracerouteHref = colo ? `/traceroute?colos=${encodeURIComponent(colo.code)}` : null;
  const canTrace = useRouteExists('/traceroute');
  return (
    <>
      <PageHeader
        title={<span className="font-mono">{ic.name}</span>}
        description={colo ? `Interconnect at ${colo.city}, ${colo.country}` : 'Interconnect'}
        actions={
          tracerouteHref && canTrace && colo ? (
            <AppLink
              href={tracerouteHref}
              className="inline-flex min-h-9 items-center rounded-md border border-line bg-surface-raised px-3 text-sm font-medium hover:bg-surface-sunken"
            >
              Traceroute from {colo.code.toUpperCase()}
            </AppLink>
          ) : null
        }
      />
      <CniTabs />
      <div className="grid gap-4 lg:grid-cols-2">
        <Panel title="Status" resetKeys={[icon]}>
          <StatusPanel accountId={accountId} icon={icon} />
        </Panel>
        <Panel title="Details">
          <InterconnectDetails interconnect={ic} />
        </Panel>
        <Panel
          title="Letter of Authorization"
          description="The PDF to give your data centre so it runs the cross-connect to Cloudflare's port."
        >
          <LoaPanel accountId={accountId} interconnect={ic} />
        </Panel>
        <Panel title="CNIs on this interconnect" resetKeys={[icon]}>
          <InterconnectCnis accountId={accountId} icon={icon} />
        </Panel>
      </div>
    </>
  );
}
