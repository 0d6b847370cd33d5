import { Type } from 'typebox';
import type { App } from '../../app.ts';
import { depositSetOff } from '../../collections/index.ts';
import { closeEndedContracts } from '../../network/use-cases/close-ended-contracts.ts';
import { remindCpeReturns } from '../../network/use-cases/remind-cpe-returns.ts';
import { settleDeposit } from '../../network/use-cases/settle-deposit.ts';
import { optionalDate } from '../optional-date.ts';
import { contextOf } from '../request-context.ts';
import { IsoDate } from '../schemas/contract-schemas.ts';
import type { HttpServer } from '../server.ts';

const tags = ['network'];
const AsOfBody = Type.Optional(
  Type.Object(
    { asOf: Type.Optional(IsoDate) },
    { additionalProperties: false, description: 'Default: today' },
  ),
);
const Amount = Type.String({ description: 'euros, e.g. "62.50"' });

/**
 * The network side of a contract's end (vn:1.6.5, vn:1.6.8, vn:7.2): the daily steps, callable until
 * the scheduler runs them (issue 9), and the deposit settlement.
 */
export function networkEndingRoutes(server: HttpServer, app: App): void {
  server.post(
    '/network/close-ended-contracts',
    {
      schema: {
        tags,
        summary: 'Close the services, links and switches of contracts that have ended (vn:1.6.5, vn:1.6.8)',
        description: 'Idempotent: a second run on the same day finds nothing left to do.',
        body: AsOfBody,
        response: {
          200: Type.Array(
            Type.Object({
              contractId: Type.String(),
              endedOn: IsoDate,
              closedServices: Type.Array(Type.String()),
              endedLinks: Type.Array(Type.String()),
              cpeReturnsDue: Type.Array(Type.Object({ cpeId: Type.String(), dueOn: IsoDate })),
              removalChargeId: Type.Union([Type.String(), Type.Null()]),
            }),
          ),
        },
      },
    },
    (request) => closeEndedContracts(contextOf(app, request), optionalDate(request.body?.asOf)),
  );

  server.post(
    '/network/cpe-return-reminders',
    {
      schema: {
        tags,
        summary: 'Send the reminders due for switches not returned in time (vn:1.6.5), each once',
        body: AsOfBody,
        response: {
          200: Type.Array(
            Type.Object({
              cpeId: Type.String(),
              customerId: Type.String(),
              reminder: Type.Integer(),
              dueOn: IsoDate,
            }),
          ),
        },
      },
    },
    (request) => remindCpeReturns(contextOf(app, request), optionalDate(request.body?.asOf)),
  );

  server.post(
    '/cpe/:id/settle-deposit',
    {
      schema: {
        tags,
        summary: 'Settle the deposit of a returned or lost switch (vn:7.2.2, vn:7.2.3, vn:7.2.4)',
        description:
          'refund = deposit × (1 − damage share) − open claims, never below zero; once per switch. ' +
          "Without openClaimsCents the customer's open claims with the seller of the switch's contract " +
          '(undisputed, with interest to the day) are looked up, and the amount set off is booked as a ' +
          "payment (source 'deposit-set-off') allocated to them. openClaimsCents is a clerk's override: " +
          'that figure is used and nothing is booked.',
        params: Type.Object({ id: Type.String() }),
        body: Type.Optional(
          Type.Object(
            {
              openClaimsCents: Type.Optional(
                Type.Integer({
                  minimum: 0,
                  description: 'Override: the open claims to set off, in cents; then no payment is booked',
                }),
              ),
              on: Type.Optional(IsoDate),
            },
            { additionalProperties: false },
          ),
        ),
        response: {
          200: Type.Object({
            cpeId: Type.String(),
            settledOn: IsoDate,
            refundCents: Type.Integer(),
            refund: Amount,
            deposit: Amount,
            damageShare: Type.String(),
            forfeited: Amount,
            afterDamage: Amount,
            openClaims: Amount,
            setOff: Amount,
            claimsLeft: Amount,
            because: Type.Array(Type.String()),
          }),
        },
      },
    },
    (request) => {
      const context = contextOf(app, request);
      return settleDeposit(
        context,
        {
          cpeId: request.params.id,
          ...(request.body?.openClaimsCents !== undefined
            ? { openClaimsCents: request.body.openClaimsCents }
            : {}),
          on: optionalDate(request.body?.on),
        },
        depositSetOff(context),
      );
    },
  );
}
