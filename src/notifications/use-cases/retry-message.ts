import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { assertOperator } from '../../providers/index.ts';
import { ConflictError, NotFoundError } from '../../shared/errors/index.ts';
import { findMessage, requeueMessage } from '../store.ts';
import { messageView } from './get-message.ts';
import type { MessageView } from './get-message.ts';

/**
 * Puts a failed message back in the outbox, due now, its attempts counted afresh (after the mail
 * server or the provider's endpoint was fixed). A message already pending again answers as it is.
 */
export async function retryMessage(context: Context, id: string): Promise<MessageView> {
  assertOperator(context.actor, 'retry messages');
  return context.db.transaction(async (tx) => {
    const message = await findMessage(tx, id, { forUpdate: true });
    if (!message) throw new NotFoundError('message', id);
    if (message.state === 'pending') return messageView(message);
    if (message.state === 'sent')
      throw new ConflictError(`message ${id} was sent already; only a failed message can be retried`);
    const requeued = await requeueMessage(tx, id, context.clock.now());
    await auditChange(tx, context, {
      action: 'message.retried',
      subject: { type: 'message', id },
      details: { attempts: message.attempts, lastError: message.lastError, recipient: message.recipient },
    });
    return messageView(requeued);
  });
}
