/** Notifications: the messages the terms call for, queued with the change and sent afterwards. */
export type { Notice } from './use-cases/notify.ts';
export { notifyCustomer, notifyProvider } from './use-cases/notify.ts';
export type { MessageRow } from './store.ts';
export { listMessages } from './store.ts';
export { MESSAGE_CHANNELS, MESSAGE_STATES } from './rules/message-states.ts';
export type { MessageChannel, MessageState } from './rules/message-states.ts';
export type { MailDelivery } from './use-cases/deliver-messages.ts';
export { deliverMessages } from './use-cases/deliver-messages.ts';
export type { MessageView, MessageFilter } from './use-cases/get-message.ts';
export { getMessage, listMessageViews, readMessageEml } from './use-cases/get-message.ts';
export { retryMessage } from './use-cases/retry-message.ts';
