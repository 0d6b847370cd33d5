import type { Context } from '../../platform/context.ts';
import { notifyCustomer } from '../../notifications/index.ts';
import type { RuleId } from '../../shared/explanation/index.ts';
import { ABUSE_CATEGORY_LABELS } from '../rules/abuse-categories.ts';
import type { AbuseCaseRow } from '../store/abuse-cases.ts';

const ROLES = ['technical', 'primary'] as const;

/** Tells the customer, in the caller's transaction, what was done on an abuse case and why. */
export async function notifyAbuseCase(
  tx: Context['db'],
  context: Pick<Context, 'clock'>,
  row: AbuseCaseRow,
  notice: {
    readonly kind: string;
    readonly subject: string;
    readonly lines: readonly string[];
    readonly because: readonly RuleId[];
  },
): Promise<void> {
  await notifyCustomer(tx, context, row.customerId, ROLES, {
    kind: notice.kind,
    about: `abuse-case:${row.id}`,
    subject: `${notice.subject} (${row.id})`,
    body: [
      ...notice.lines,
      '',
      `Case ${row.id}: ${ABUSE_CATEGORY_LABELS[row.category]} (vn:4.1.2 ${row.category}).`,
      `Grounds: ${notice.because.join(', ')}.`,
    ].join('\n'),
    because: notice.because,
    payload: { caseId: row.id, state: row.state },
  });
}
