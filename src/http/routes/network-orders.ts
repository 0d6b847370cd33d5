import type { Temporal } from 'temporal-polyfill';
import { Type } from 'typebox';
import type { App } from '../../app.ts';
import { getNetworkOrder, listNetworkOrders } from '../../network/use-cases/get-network-order.ts';
import { getNetworkService, listNetworkServices } from '../../network/use-cases/get-network-service.ts';
import { getSignedForm } from '../../network/use-cases/get-signed-form.ts';
import { MAX_SIGNED_FORM_BYTES } from '../../network/use-cases/signed-form-file.ts';
import { recordActivationPayment } from '../../network/use-cases/record-activation-payment.ts';
import { recordNetworkOrderStep } from '../../network/use-cases/record-network-order-step.ts';
import { submitNetworkOrder } from '../../network/use-cases/submit-network-order.ts';
import { waiveActivationPayment } from '../../network/use-cases/waive-activation-payment.ts';
import { optionalDate } from '../optional-date.ts';
import { contextOf } from '../request-context.ts';
import type { HttpServer } from '../server.ts';
import {
  ActivationCharge,
  OperatorStep,
  OrderKind,
  OrderSchema,
  OrderState,
  OrderSummarySchema,
  ServiceSchema,
  SubmitOrderBody,
} from './network-order-schemas.ts';

const tags = ['network-orders'];
/** A provider's token may call these; the use cases answer 404 for anything not its own. */
const providerAccess = { providerAccess: true };
const IdParams = Type.Object({ id: Type.String() }, { additionalProperties: false });
const IsoDate = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
const Reason = Type.String({ minLength: 1 });
/** Room for the signed form's file in base64 (4/3 of it) and then some: a larger file is refused by name. */
const ORDER_BODY_LIMIT = 2 * MAX_SIGNED_FORM_BYTES;
const FormFile = { schema: Type.Unsafe<Buffer>(Type.String({ format: 'binary' })) };

export function networkOrderRoutes(server: HttpServer, app: App): void {
  server.post(
    '/network-orders',
    {
      config: providerAccess,
      bodyLimit: ORDER_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Submit an order on the open network (TMF622 ProductOrder)',
        description:
          "A provider orders a third-party-service for an end user with the operator's form, completed and signed " +
          'by the end user (vn:2.3.3), its file in signedForm.content (base64; PDF, PNG or JPEG, at most 5 MiB); ' +
          'the operator also submits its own access, link and cpe-installation orders (vn:2.4).',
        body: SubmitOrderBody,
        response: { 201: OrderSchema },
      },
    },
    async (request, reply) => {
      const { signedForm, requestedOn, ...rest } = request.body;
      const { signedOn, ...form } = signedForm ?? {};
      const order = await submitNetworkOrder(contextOf(app, request), {
        ...rest,
        ...(signedForm ? { signedForm: { ...form, ...day('signedOn', signedOn) } } : {}),
        ...day('requestedOn', requestedOn),
      });
      return reply.status(201).send(order);
    },
  );

  server.get(
    '/network-orders',
    {
      config: providerAccess,
      schema: {
        tags,
        summary: 'Network orders; a provider sees its own only',
        querystring: Type.Object(
          {
            state: Type.Optional(OrderState),
            customerId: Type.Optional(Type.String()),
            kind: Type.Optional(OrderKind),
            providerId: Type.Optional(Type.String()),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(OrderSummarySchema) },
      },
    },
    async (request) => listNetworkOrders(contextOf(app, request), request.query),
  );

  server.get(
    '/network-orders/:id',
    {
      config: providerAccess,
      schema: {
        tags,
        summary: 'One network order with its history and its TMF622 state',
        params: IdParams,
        response: { 200: OrderSchema },
      },
    },
    async (request) => getNetworkOrder(contextOf(app, request), request.params.id),
  );

  server.get(
    '/network-orders/:id/signed-form',
    {
      config: providerAccess,
      schema: {
        tags,
        summary: 'The signed order form’s file, as the provider sent it with the order (vn:2.3.3)',
        description:
          "The operator's staff and the provider that sent it; 404 for anyone else, and for an order whose form " +
          'came as a fingerprint only. Sent as an attachment with its file name; `Repr-Digest` carries its SHA-256.',
        params: IdParams,
        response: {
          200: {
            description: 'The file: a PDF, PNG or JPEG',
            content: { 'application/pdf': FormFile, 'image/png': FormFile, 'image/jpeg': FormFile },
          },
        },
      },
    },
    async (request, reply) => {
      const form = await getSignedForm(contextOf(app, request), request.params.id);
      return reply
        .type(form.mediaType)
        .header('Content-Disposition', attachment(form.fileName))
        .header('Repr-Digest', `sha-256=:${Buffer.from(form.sha256, 'hex').toString('base64')}:`)
        .send(Buffer.from(form.content));
    },
  );

  server.post(
    '/network-orders/:id/cancel',
    {
      config: providerAccess,
      schema: {
        tags,
        summary: 'Cancel an order before it is active: the operator, or the provider that submitted it',
        params: IdParams,
        body: Type.Object({ reason: Reason, on: Type.Optional(IsoDate) }, { additionalProperties: false }),
        response: { 200: OrderSchema },
      },
    },
    async (request) =>
      recordNetworkOrderStep(contextOf(app, request), {
        orderId: request.params.id,
        action: 'cancel',
        reason: request.body.reason,
        ...day('on', request.body.on),
      }),
  );

  server.post(
    '/network-orders/:id/:action',
    {
      schema: {
        tags,
        summary: 'A step of the operator: accept, reject, plan, program, release, activate',
        description:
          'reject takes a reason; plan takes plannedOn (today or later; again to re-plan), and the provider and end ' +
          'user are told (vn:2.3.3); program opens the service on the network; release tells both (vn:2.3.3); ' +
          'activate starts the right of use once the first invoice and one-time charges are paid or waived ' +
          '(vn:2.1.4, vn:2.2.6, vn:6.2.1). A step the state does not allow answers 409 naming what is allowed.',
        params: Type.Object({ id: Type.String(), action: OperatorStep }, { additionalProperties: false }),
        body: Type.Object(
          {
            on: Type.Optional(IsoDate),
            plannedOn: Type.Optional(IsoDate),
            reason: Type.Optional(Type.String()),
          },
          { additionalProperties: false },
        ),
        response: { 200: OrderSchema },
      },
    },
    async (request) => {
      const { body } = request;
      return recordNetworkOrderStep(contextOf(app, request), {
        orderId: request.params.id,
        action: request.params.action,
        ...day('on', body.on),
        ...day('plannedOn', body.plannedOn),
        ...(body.reason === undefined ? {} : { reason: body.reason }),
      });
    },
  );

  server.post(
    '/network-orders/:id/payments',
    {
      schema: {
        tags,
        summary: 'Record that the first invoice or the one-time charges are paid (vn:2.1.4, vn:6.2.1)',
        params: IdParams,
        body: Type.Object(
          { charge: ActivationCharge, paidOn: Type.Optional(IsoDate) },
          { additionalProperties: false },
        ),
        response: { 200: OrderSchema },
      },
    },
    async (request) =>
      recordActivationPayment(contextOf(app, request), {
        orderId: request.params.id,
        charge: request.body.charge,
        ...day('paidOn', request.body.paidOn),
      }),
  );

  server.post(
    '/network-orders/:id/waiver',
    {
      schema: {
        tags,
        summary: 'Let the service start before it is paid (vn:6.2.1), recorded with who and why',
        params: IdParams,
        body: Type.Object({ reason: Reason, on: Type.Optional(IsoDate) }, { additionalProperties: false }),
        response: { 200: OrderSchema },
      },
    },
    async (request) =>
      waiveActivationPayment(contextOf(app, request), {
        orderId: request.params.id,
        reason: request.body.reason,
        ...day('on', request.body.on),
      }),
  );

  server.get(
    '/network-services',
    {
      config: providerAccess,
      schema: {
        tags,
        summary: 'Services on the network; a provider sees its own end users’ only',
        querystring: Type.Object(
          { customerId: Type.Optional(Type.String()) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(ServiceSchema) },
      },
    },
    async (request) => listNetworkServices(contextOf(app, request), request.query),
  );

  server.get(
    '/network-services/:id',
    {
      config: providerAccess,
      schema: {
        tags,
        summary: 'One service on the network',
        params: IdParams,
        response: { 200: ServiceSchema },
      },
    },
    async (request) => getNetworkService(contextOf(app, request), request.params.id),
  );
}

/** `attachment` with the file's own name (RFC 6266): plain ASCII, and in full as UTF-8 (RFC 5987). */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^A-Za-z0-9._ -]/g, '_');
  const utf8 = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}

/** An optional date field of a request, as the use cases take it: left out, or a PlainDate. */
function day<K extends string>(key: K, text: string | undefined): Partial<Record<K, Temporal.PlainDate>> {
  return text === undefined ? {} : ({ [key]: optionalDate(text)! } as Record<K, Temporal.PlainDate>);
}
