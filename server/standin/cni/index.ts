/**
 * Network Interconnects (CONTRACT section 6): interconnects with their status and LOA, the slot
 * catalogue, CNIs and account settings. Bare JSON bodies; errors as described in ./http.
 */
import { Hono } from 'hono';
import type { StandinContext } from '../context';
import { isOtherAccount, WRONG_ACCOUNT } from '../auth';
import { StateStore } from '../store';
import { loaPdf } from '../loa-pdf';
import { buildSlots, seedCni, type CniState, type InterconnectRecord, type Slot } from './seed';
import { cniFail, cniNotFound, isUuid, paginate, query } from './http';
import { CNI_CODE } from './validate';
import { cniCrudRoutes } from './cnis';

const STATE_VERSION = 1;

export function cniRoutes(ctx: StandinContext): Hono {
  const { opts } = ctx;
  const slots = buildSlots();
  const store = StateStore.open<CniState>(opts.stateDir, 'cni', STATE_VERSION, () =>
    seedCni(slots, opts.accountId),
  );
  const routes = new Hono();

  routes.use('*', async (c, next) =>
    isOtherAccount(c, opts.accountId) ? cniFail(c, 403, WRONG_ACCOUNT) : next(),
  );

  const slotById = new Map(slots.map((s) => [s.id, s]));
  const interconnectJson = (r: InterconnectRecord) => {
    if (r.kind === 'gcp') {
      return {
        account: opts.accountId,
        name: r.name,
        region: r.region,
        type: 'gcp_partner',
        speed: r.speed,
        virtual_port_reservation_id: r.virtual_port_reservation_id,
      };
    }
    const slot = slotById.get(r.slot_id)!;
    return {
      account: opts.accountId,
      facility: slot.facility,
      name: r.name,
      site: slot.site,
      slot_id: slot.id,
      speed: slot.speed,
      type: 'direct',
      virtual_port_reservation_id: r.virtual_port_reservation_id,
      ccr_device_name: slot.ccr_device_name,
    };
  };
  const slotJson = (s: Slot) => {
    const ours = store.get().interconnects.some((i) => i.kind === 'physical' && i.slot_id === s.id);
    return {
      id: s.id,
      facility: s.facility,
      occupied: ours || s.takenByOther,
      site: s.site,
      speed: s.speed,
      ccr_device_name: s.ccr_device_name,
      ...(ours ? { account: opts.accountId } : {}),
    };
  };
  const findInterconnect = (name: string) => store.get().interconnects.find((i) => i.name === name);

  routes.get('/interconnects', (c) => {
    const site = query(c, 'site')?.toLowerCase();
    const type = query(c, 'type');
    const all = store
      .get()
      .interconnects.map(interconnectJson)
      .filter((i) => (!site || ('site' in i && i.site === site)) && (!type || i.type === type));
    const page = paginate(c, all);
    return page.ok ? c.json(page.body) : page.response;
  });

  routes.get('/interconnects/:icon', (c) => {
    const r = findInterconnect(c.req.param('icon'));
    return r ? c.json(interconnectJson(r)) : cniNotFound(c, 'Interconnect');
  });

  routes.get('/interconnects/:icon/status', (c) => {
    const r = findInterconnect(c.req.param('icon'));
    return r ? c.json(r.status) : cniNotFound(c, 'Interconnect');
  });

  routes.get('/interconnects/:icon/loa', (c) => {
    const r = findInterconnect(c.req.param('icon'));
    if (!r) return cniNotFound(c, 'Interconnect');
    const name = c.req.query('name');
    if (name !== undefined && name.length > 200) {
      const message = `name must be at most 200 characters, got ${name.length}.`;
      return cniFail(c, 400, { code: CNI_CODE.invalid, message, source: { parameter: 'name' } });
    }
    if (r.kind !== 'physical') {
      const message = `${r.name} is a Google Cloud partner interconnect: there is no cross-connect to authorise.`;
      return cniFail(c, 400, { code: CNI_CODE.invalid, message });
    }
    const slot = slotById.get(r.slot_id)!;
    const pdf = loaPdf({
      interconnect: r.name,
      holder: name?.trim() || 'Demo Account',
      site: slot.site,
      facility: slot.facility.name,
      address: slot.facility.address,
      slotId: slot.id,
      speed: slot.speed,
      issuedAt: new Date(ctx.now()),
    });
    return c.body(pdf.slice().buffer, 200, {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="loa-${r.name}.pdf"`,
    });
  });

  routes.get('/slots', (c) => {
    const site = query(c, 'site')?.toLowerCase();
    const speed = query(c, 'speed')?.toUpperCase();
    const contains = query(c, 'address_contains')?.toLowerCase();
    const occupiedRaw = query(c, 'occupied');
    if (occupiedRaw !== undefined && occupiedRaw !== 'true' && occupiedRaw !== 'false') {
      const message = `occupied must be true or false, got "${occupiedRaw}".`;
      return cniFail(c, 400, {
        code: CNI_CODE.invalid,
        message,
        source: { parameter: 'occupied' },
      });
    }
    const all = slots
      .map(slotJson)
      .filter(
        (s) =>
          (!site || s.site === site) &&
          (!speed || s.speed === speed) &&
          (occupiedRaw === undefined || String(s.occupied) === occupiedRaw) &&
          (!contains || s.facility.address.join('\n').toLowerCase().includes(contains)),
      );
    const page = paginate(c, all);
    return page.ok ? c.json(page.body) : page.response;
  });

  routes.get('/slots/:slot', (c) => {
    const id = c.req.param('slot');
    if (!isUuid(id))
      return cniFail(c, 400, {
        code: CNI_CODE.invalid,
        message: `"${id}" is not a slot id (a UUID).`,
      });
    const s = slotById.get(id.toLowerCase());
    return s ? c.json(slotJson(s)) : cniNotFound(c, 'Slot');
  });

  cniCrudRoutes(routes, store, opts.accountId);
  return routes;
}
