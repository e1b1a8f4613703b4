import { ChasterUsageError } from '../../errors/index.js';

/** What a message carries besides its conversation. */
export interface MessageContent {
  /** The text. */
  message: string;

  /** An attachment token from `chaster.files.upload`, naming the files to attach. */
  attachments?: string;

  /** A value of the caller's choosing, echoed to the sender's websocket with the message. */
  nonce?: string;
}

/**
 * Picks the message fields out of a caller's options, so that nothing else (a signal, a stray
 * key) reaches the request body, and refuses a message with neither text nor attachments.
 *
 * @throws {ChasterUsageError} as {@link assertMessage} does.
 * @example
 * ```ts
 * const body = toMessageContent(options, 'messaging.start');
 * ```
 */
export function toMessageContent(options: MessageContent, method: string): MessageContent {
  assertMessage(options, method);

  const content: MessageContent = { message: options.message };
  if (options.attachments !== undefined) content.attachments = options.attachments;
  if (options.nonce !== undefined) content.nonce = options.nonce;
  return content;
}

/**
 * Refuses a message with neither text nor attachments: Chaster cannot store an empty message.
 *
 * @throws {ChasterUsageError} when `message` is not a string, or is blank without attachments.
 * @example
 * ```ts
 * assertMessage({ message: text, attachments: token }, 'conversation.send');
 * ```
 */
export function assertMessage(content: MessageContent, method: string): void {
  if (typeof content.message !== 'string') {
    throw new ChasterUsageError(`${method} needs message to be a string`);
  }

  const hasAttachments = typeof content.attachments === 'string' && content.attachments !== '';
  if (content.message.trim() === '' && !hasAttachments) {
    throw new ChasterUsageError(`${method} needs a message with text or attachments, got neither`);
  }
}
