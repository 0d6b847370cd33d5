import { Type } from 'typebox';
import type { App } from '../../app.ts';
import { addCable } from '../../network/use-cases/add-cable.ts';
import { addNap } from '../../network/use-cases/add-nap.ts';
import { addPremises } from '../../network/use-cases/add-premises.ts';
import { changeNapState } from '../../network/use-cases/change-nap-state.ts';
import { orderLink } from '../../network/use-cases/create-link.ts';
import { endLink } from '../../network/use-cases/end-link.ts';
import {
  getCable,
  getCpeDevice,
  getLink,
  getNap,
  getPremises,
  listCables,
  listCpeDevices,
  listLinks,
  listPremises,
  listVlanPools,
} from '../../network/use-cases/get-network-inventory.ts';
import { installCpe } from '../../network/use-cases/install-cpe.ts';
import { markCpeLost } from '../../network/use-cases/mark-cpe-lost.ts';
import { recordCpeReturn } from '../../network/use-cases/record-cpe-return.ts';
import { registerCpe } from '../../network/use-cases/register-cpe.ts';
import { optionalDate } from '../optional-date.ts';
import { contextOf } from '../request-context.ts';
import {
  AddCableBody,
  AddNapBody,
  AddPremisesBody,
  CablePageSchema,
  CableSchema,
  CableWithNapsSchema,
  CpeListQuery,
  CpeLostBody,
  CpePageSchema,
  CpeReturnBody,
  CpeSchema,
  EndLinkBody,
  IdParams,
  InstallCpeBody,
  InstalledCpeSchema,
  LinkListQuery,
  LinkPageSchema,
  LinkSchema,
  NapSchema,
  NapStateBody,
  OrderLinkBody,
  PremisesListQuery,
  PremisesPageSchema,
  PremisesSchema,
  RegisterCpeBody,
  ReturnedCpeSchema,
  VlanPoolSchema,
} from '../schemas/network-schemas.ts';
import type { HttpServer } from '../server.ts';

const tags = ['network'];
const PageQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
    offset: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  { additionalProperties: false },
);

/** The network inventory: premises, cables, NAPs, switches, links and VLAN pools (operator only). */
export function networkInventoryRoutes(server: HttpServer, app: App): void {
  premisesAndCableRoutes(server, app);
  napRoutes(server, app);
  cpeRoutes(server, app);
  linkRoutes(server, app);
}

function premisesAndCableRoutes(server: HttpServer, app: App): void {
  server.post(
    '/premises',
    {
      schema: {
        tags,
        summary: 'Record a premises: an address, with the customer there when known',
        body: AddPremisesBody,
        response: { 201: PremisesSchema },
      },
    },
    async (request, reply) => {
      const premises = await addPremises(contextOf(app, request), request.body);
      return reply.status(201).header('location', `/premises/${premises.id}`).send(premises);
    },
  );

  server.get(
    '/premises',
    {
      schema: {
        tags,
        summary: 'Premises, a page at a time',
        querystring: PremisesListQuery,
        response: { 200: PremisesPageSchema },
      },
    },
    (request) => listPremises(app.database.db, request.query),
  );

  server.get(
    '/premises/:id',
    {
      schema: {
        tags,
        summary: 'One premises with its NAPs and the switches installed there',
        params: IdParams,
        response: { 200: PremisesSchema },
      },
    },
    (request) => getPremises(app.database.db, request.params.id),
  );

  server.post(
    '/cables',
    {
      schema: {
        tags,
        summary: 'Record a fiber cable; its fiber count picks the repair times of the SLA (vn:6.4.10)',
        body: AddCableBody,
        response: { 201: CableSchema },
      },
    },
    async (request, reply) => {
      const cable = await addCable(contextOf(app, request), request.body);
      return reply
        .status(201)
        .header('location', `/cables/${encodeURIComponent(cable.id)}`)
        .send(cable);
    },
  );

  server.get(
    '/cables',
    {
      schema: {
        tags,
        summary: 'Cables by name, a page at a time',
        querystring: PageQuery,
        response: { 200: CablePageSchema },
      },
    },
    (request) => listCables(app.database.db, request.query),
  );

  server.get(
    '/cables/:id',
    {
      schema: {
        tags,
        summary: 'One cable with the NAPs on it',
        params: IdParams,
        response: { 200: CableWithNapsSchema },
      },
    },
    (request) => getCable(app.database.db, request.params.id),
  );
}

function napRoutes(server: HttpServer, app: App): void {
  server.post(
    '/naps',
    {
      schema: {
        tags,
        summary: 'Record a planned network termination point (NAP) of a premises on a cable',
        description: 'A fiber of a cable serves one NAP at a time: a taken fiber answers 409 naming the NAP.',
        body: AddNapBody,
        response: { 201: NapSchema },
      },
    },
    async (request, reply) => {
      const nap = await addNap(contextOf(app, request), request.body);
      return reply.status(201).header('location', `/naps/${nap.id}`).send(nap);
    },
  );

  server.get(
    '/naps/:id',
    {
      schema: {
        tags,
        summary: "One NAP with its cable's fiber count (the SLA class, vn:6.4.10)",
        params: IdParams,
        response: { 200: NapSchema },
      },
    },
    (request) => getNap(app.database.db, request.params.id),
  );

  server.post(
    '/naps/:id/state',
    {
      schema: {
        tags,
        summary: 'Move a NAP: planned → active ⇄ out-of-service, and removed (final)',
        description:
          'The first activation records activatedOn. A NAP that running links end at cannot be removed (409).',
        params: IdParams,
        body: NapStateBody,
        response: { 200: NapSchema },
      },
    },
    (request) =>
      changeNapState(contextOf(app, request), {
        napId: request.params.id,
        state: request.body.state,
        ...day('on', request.body.on),
        ...(request.body.reason === undefined ? {} : { reason: request.body.reason }),
      }),
  );
}

function cpeRoutes(server: HttpServer, app: App): void {
  server.post(
    '/cpe',
    {
      schema: {
        tags,
        summary: 'Book a switch (CPE) into stock; a serial number registered already answers 409',
        body: RegisterCpeBody,
        response: { 201: CpeSchema },
      },
    },
    async (request, reply) => {
      const device = await registerCpe(contextOf(app, request), request.body);
      return reply.status(201).header('location', `/cpe/${device.id}`).send(device);
    },
  );

  server.get(
    '/cpe',
    {
      schema: {
        tags,
        summary: 'Switches by state, customer, premises or serial number, a page at a time',
        querystring: CpeListQuery,
        response: { 200: CpePageSchema },
      },
    },
    (request) => listCpeDevices(app.database.db, request.query),
  );

  server.get(
    '/cpe/:id',
    { schema: { tags, summary: 'One switch', params: IdParams, response: { 200: CpeSchema } } },
    (request) => getCpeDevice(app.database.db, request.params.id),
  );

  server.post(
    '/cpe/:id/install',
    {
      schema: {
        tags,
        summary: "Install a switch from stock at a customer's premises (vn:2.1.8, vn:2.1.12, vn:2.1.13)",
        description:
          'Lent, rented or sold, with the deposit for a lent or rented one (vn:7.2.1). The answer says when the ' +
          'risk passes to the customer (vn:2.1.12). A switch installed elsewhere answers 409 naming where it is.',
        params: IdParams,
        body: InstallCpeBody,
        response: { 200: InstalledCpeSchema },
      },
    },
    (request) => {
      const { installedOn, ...rest } = request.body;
      return installCpe(contextOf(app, request), {
        cpeId: request.params.id,
        ...rest,
        ...day('installedOn', installedOn),
      });
    },
  );

  server.post(
    '/cpe/:id/return',
    {
      schema: {
        tags,
        summary:
          'Take a switch back, with its damage share and whether its ownership sticker is on (vn:2.1.10)',
        params: IdParams,
        body: CpeReturnBody,
        response: { 200: ReturnedCpeSchema },
      },
    },
    (request) => {
      const { returnedOn, ...rest } = request.body;
      return recordCpeReturn(contextOf(app, request), {
        cpeId: request.params.id,
        ...rest,
        ...day('returnedOn', returnedOn),
      });
    },
  );

  server.post(
    '/cpe/:id/lost',
    {
      schema: {
        tags,
        summary: 'Write a switch off as lost (final; its deposit is forfeited, vn:7.2.4)',
        params: IdParams,
        body: CpeLostBody,
        response: { 200: CpeSchema },
      },
    },
    (request) =>
      markCpeLost(contextOf(app, request), {
        cpeId: request.params.id,
        reason: request.body.reason,
        ...day('on', request.body.on),
      }),
  );
}

function linkRoutes(server: HttpServer, app: App): void {
  server.post(
    '/links',
    {
      schema: {
        tags,
        summary: 'Order a link (Koppeling, vn:1.2.15) from the customer’s NAP to another NAP or a hand-off',
        description:
          'Refused (409) unless both NAP ends are active and a switch of the customer is installed at the A end ' +
          '(vn:2.2.1), listing every lack. The service VLAN is the one asked for, or the lowest free one of the ' +
          'pool; an exhausted pool or a taken VLAN answers 409.',
        body: OrderLinkBody,
        response: { 201: LinkSchema },
      },
    },
    async (request, reply) => {
      const link = await orderLink(contextOf(app, request), request.body);
      return reply.status(201).header('location', `/links/${link.id}`).send(link);
    },
  );

  server.get(
    '/links',
    {
      schema: {
        tags,
        summary: 'Links by customer or NAP, running or ended, a page at a time',
        querystring: LinkListQuery,
        response: { 200: LinkPageSchema },
      },
    },
    (request) => listLinks(app.database.db, request.query),
  );

  server.get(
    '/links/:id',
    { schema: { tags, summary: 'One link', params: IdParams, response: { 200: LinkSchema } } },
    (request) => getLink(app.database.db, request.params.id),
  );

  server.post(
    '/links/:id/end',
    {
      schema: {
        tags,
        summary: 'End a link: its VLAN is free again and the network is asked to take it down',
        params: IdParams,
        body: EndLinkBody,
        response: { 200: LinkSchema },
      },
    },
    (request) =>
      endLink(contextOf(app, request), {
        linkId: request.params.id,
        ...day('endedOn', request.body.endedOn),
        ...(request.body.reason === undefined ? {} : { reason: request.body.reason }),
      }),
  );

  server.get(
    '/vlan-pools',
    {
      schema: {
        tags,
        summary: 'The VLAN pools with their used and free service VLANs',
        response: { 200: Type.Array(VlanPoolSchema) },
      },
    },
    () => listVlanPools(app.database.db),
  );
}

/** An optional date field of a body, as the use case takes it. */
function day<K extends string>(key: K, text: string | undefined) {
  const value = optionalDate(text);
  return (value === undefined ? {} : { [key]: value }) as Partial<Record<K, NonNullable<typeof value>>>;
}
