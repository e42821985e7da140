import { browser } from 'wxt/browser';
import type { Envelope, MessageName, Payload, Reply, Result } from './messaging';

/**
 * The sending half of the protocol, for content scripts and extension pages. It imports only types from
 * `messaging.ts`, so the schemas (the background's business) stay out of the content-script bundle.
 */
export async function send<K extends MessageName>(name: K, payload: Payload<K>): Promise<Result<Reply<K>>> {
  const message: Envelope = { backstory: 1, name, payload };
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Result<Reply<K>> | undefined;
    return reply ?? { ok: false, error: 'The background did not answer' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
