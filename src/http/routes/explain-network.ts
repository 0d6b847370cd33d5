import { Type } from 'typebox';
import { explainDepositRefund } from '../../explain/index.ts';
import type { HttpServer } from '../server.ts';

/*
 * GET /explain/deposit-refund: the network rules applied to the figures given, answered exactly as
 * `vezel explain …` answers them with --json.
 */

const closed = { additionalProperties: false } as const;
const Because = Type.Array(Type.String(), { description: 'The rule ids that produced the answer' });
const Amount = (description: string) => Type.String({ pattern: '^-?[0-9]+\\.[0-9]{2}$', description });
// Read by the explain question (money's parseAmount), which names the field when the amount is wrong.
const AmountText = (description: string, example: string) =>
  Type.String({ minLength: 1, maxLength: 64, description, examples: [example] });

const DepositRefundQuery = Type.Object(
  {
    deposit: AmountText('The deposit paid for the switch: 150.00 or € 150,00', '150.00'),
    damageShare: Type.String({
      minLength: 1,
      maxLength: 42,
      description: 'The share of the switch damaged or lost, as a decimal from 0 to 1',
      examples: ['0.2'],
    }),
    openClaims: AmountText('What the customer still owes when the contract ends', '45.50'),
  },
  closed,
);
const DepositRefundAnswer = Type.Object(
  {
    refund: Amount('What is refunded to the customer, never below zero'),
    because: Because,
    deposit: Amount('As asked'),
    damageShare: Type.String({ description: 'As asked' }),
    forfeited: Amount('vn:7.2.4: deposit × damage share, rounded half away from zero to the cent'),
    afterDamage: Amount('The deposit less the forfeited part'),
    openClaims: Amount('As asked'),
    setOff: Amount('vn:7.2.3: the part of the open claims paid out of the deposit'),
    claimsLeft: Amount('The part of the open claims the deposit did not cover; still owed'),
  },
  closed,
);

export function explainNetworkRoutes(server: HttpServer): void {
  server.get(
    '/explain/deposit-refund',
    {
      schema: {
        tags: ['explain'],
        summary: 'The switch deposit refunded after the contract ends (vn:7.2.2, vn:7.2.3, vn:7.2.4)',
        description:
          'refund = deposit × (1 − damage share) − open claims, never below zero. The forfeited part is ' +
          'rounded half away from zero to the cent; open claims the deposit does not cover stay owed.',
        querystring: DepositRefundQuery,
        response: { 200: DepositRefundAnswer },
      },
    },
    (request) => explainDepositRefund(request.query),
  );
}
