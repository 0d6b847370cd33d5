import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { FieldChecks, InvalidInputError, isBlank, quote } from '../../shared/errors/index.ts';
import { ABUSE_CATEGORIES, ABUSE_SOURCES } from '../schema.ts';
import { findServiceOfCase, insertAbuseCase } from '../store/abuse-cases.ts';
import { customerExists } from '../../customers/index.ts';
import { contractParties, sellerTerms } from '../store/seller-terms.ts';
import { abuseCaseView } from './abuse-case-view.ts';
import type { AbuseCaseView } from './abuse-case-view.ts';

export interface OpenAbuseCase {
  readonly sellerId: string;
  readonly customerId: string;
  /** The service used; its contract is taken when `contractId` is left out. */
  readonly serviceId?: string;
  /** The contract breached; measures then reach its running services. */
  readonly contractId?: string;
  /** vn:4.1.2 a–j. */
  readonly category: string;
  /** vn:4.1.4: a legal order, a third party's notice, or our own detection. */
  readonly source: string;
  readonly evidence: string;
}

const MAX_EVIDENCE = 4000;

/**
 * Opens an abuse or fair-use case (vn:4.1, bit:12.4) against a customer's service or contract, with
 * what it breaches (vn:4.1.2 a–j), where it came from (vn:4.1.4) and the evidence. Nothing is done
 * to the service yet: measures are taken on the case.
 */
export async function openAbuseCase(context: Context, input: OpenAbuseCase): Promise<AbuseCaseView> {
  const { category, source, evidence } = checked(input);
  return context.db.transaction(async (tx) => {
    await sellerTerms(tx, input.sellerId);
    if (!(await customerExists(tx, input.customerId)))
      throw new InvalidInputError('customerId', `no customer ${quote(input.customerId)}`);
    const service = input.serviceId ? await findServiceOfCase(tx, input.serviceId) : undefined;
    if (input.serviceId && service?.customerId !== input.customerId)
      throw new InvalidInputError(
        'serviceId',
        `no service ${quote(input.serviceId)} of customer ${quote(input.customerId)}`,
      );
    if (input.contractId && service?.contractId && service.contractId !== input.contractId)
      throw new InvalidInputError(
        'contractId',
        `service ${quote(service.id)} runs under contract ${quote(service.contractId)}, not ${quote(input.contractId)}`,
      );
    const contractId = input.contractId ?? service?.contractId ?? null;
    if (contractId) {
      const parties = await contractParties(tx, contractId);
      const field = input.contractId ? 'contractId' : 'serviceId';
      if (parties?.customerId !== input.customerId || parties.sellerId !== input.sellerId)
        throw new InvalidInputError(
          field,
          `contract ${quote(contractId)} is not one of customer ${quote(input.customerId)} with seller ${quote(input.sellerId)}`,
        );
    }
    const row = await insertAbuseCase(tx, {
      sellerId: input.sellerId,
      customerId: input.customerId,
      serviceId: service?.id ?? null,
      contractId,
      category,
      source,
      evidence,
      state: 'open',
      openedAt: context.clock.now().toString(),
      openedBy: context.actor.id,
    });
    await auditChange(tx, context, {
      action: 'abuse-case.opened',
      subject: { type: 'abuse-case', id: row.id },
      details: { category, source, serviceId: row.serviceId, contractId, because: ['vn:4.1.2', 'vn:4.1.4'] },
    });
    return abuseCaseView(row, []);
  });
}

function checked(input: OpenAbuseCase) {
  const checks = new FieldChecks();
  if (isBlank(input.sellerId)) checks.add('sellerId', 'is required');
  if (isBlank(input.customerId)) checks.add('customerId', 'is required');
  if (input.serviceId !== undefined && isBlank(input.serviceId)) checks.add('serviceId', 'must not be blank');
  if (input.contractId !== undefined && isBlank(input.contractId))
    checks.add('contractId', 'must not be blank');
  if (input.serviceId === undefined && input.contractId === undefined)
    checks.add('serviceId', 'name the service or the contract (contractId) the abuse is about');
  const category = ABUSE_CATEGORIES.find((known) => known === input.category);
  if (!category)
    checks.add('category', `${quote(input.category)} is not one of vn:4.1.2 ${ABUSE_CATEGORIES.join(', ')}`);
  const source = ABUSE_SOURCES.find((known) => known === input.source);
  if (!source) checks.add('source', `${quote(input.source)} is not one of ${ABUSE_SOURCES.join(', ')}`);
  const evidence = typeof input.evidence === 'string' ? input.evidence.trim() : '';
  if (evidence === '' || evidence.length > MAX_EVIDENCE)
    checks.add('evidence', `is required, at most ${MAX_EVIDENCE} characters: what was seen, where, when`);
  checks.throwIfAny();
  return { category: category!, source: source!, evidence };
}
