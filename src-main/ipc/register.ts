import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { argSchemas, eventSchemas, type Channel, type EventChannel, type EventPayloadOf } from './contract';
import type { Handlers } from './handlers';

export type Logger = { warn: (message: string) => void };

export class IpcRejection extends Error {}

/**
 * Registers every channel of the contract. A message is answered only if it comes from the app's
 * own frame and its argument passes the channel's schema.
 */
export function registerHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  isTrustedSender: (frameUrl: string | undefined) => boolean,
  logger: Logger,
): void {
  const schemas = argSchemas();
  for (const channel of Object.keys(schemas) as Channel[]) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, raw: unknown) => {
      const frameUrl = event.senderFrame?.url;
      if (!isTrustedSender(frameUrl)) {
        logger.warn(`IPC ${channel} refused: untrusted sender ${frameUrl ?? '(none)'}`);
        throw new IpcRejection(`${channel}: untrusted sender`);
      }
      const parsed = schemas[channel].safeParse(raw);
      if (!parsed.success) {
        logger.warn(`IPC ${channel} refused: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
        throw new IpcRejection(`${channel}: invalid argument`);
      }
      const handler = handlers[channel] as (args: unknown) => Promise<unknown>;
      return handler(parsed.data);
    });
  }
}

/**
 * Sends a main → renderer event after checking its payload against the contract, so main can never
 * send the page something the preload would not accept. False when refused (and logged).
 */
export function createEventSender(send: (channel: EventChannel, payload: unknown) => void, logger: Logger) {
  const schemas = eventSchemas();
  return function sendEvent<E extends EventChannel>(channel: E, payload: EventPayloadOf<E>): boolean {
    const parsed = schemas[channel].safeParse(payload);
    if (!parsed.success) {
      logger.warn(`IPC event ${channel} not sent: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
      return false;
    }
    send(channel, parsed.data);
    return true;
  };
}
