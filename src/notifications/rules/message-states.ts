/** A message goes by e-mail to a person, or as a signed webhook to a provider's systems. */
export const MESSAGE_CHANNELS = ['email', 'webhook'] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

/** Waiting to be sent, sent, or given up after its retries. */
export const MESSAGE_STATES = ['pending', 'sent', 'failed'] as const;
export type MessageState = (typeof MESSAGE_STATES)[number];
