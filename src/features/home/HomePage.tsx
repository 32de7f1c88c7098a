import { PageHeader } from '../../components/layout/PageHeader';
import { Panel } from '../../components/ui/Panel';
import { SearchBox } from '../../components/ui/SearchBox';
import { ByoipSummary } from './ByoipSummary';
import { InterconnectSummary } from './InterconnectSummary';

export function HomePage() {
  return (
    <>
      <PageHeader
        title="Overview"
        description="Your network on Cloudflare: AS relationships, routes, BYOIP advertisement, interconnects and traceroutes."
      />
      <div className="mb-8 max-w-2xl">
        <SearchBox size="lg" shortcut />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <Panel title="BYOIP advertisement" description="BGP prefixes of your BYOIP ranges">
          <ByoipSummary />
        </Panel>
        <Panel title="Interconnects" description="Health of your Network Interconnects">
          <InterconnectSummary />
        </Panel>
      </div>
    </>
  );
}
