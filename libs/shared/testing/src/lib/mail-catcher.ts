import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface MailCatcher {
  /** Where to send: `smtp://127.0.0.1:<port>`. */
  url: string;
  /** Every message received so far, oldest first. */
  received: ParsedMail[];
  /** Resolves with the first message to `to` (any case) that has arrived or arrives within the wait. */
  messageTo(to: string, waitMs?: number): Promise<ParsedMail>;
  close(): Promise<void>;
}

/**
 * A real SMTP server in the test process (no TLS, no login) on a free port, so tests read
 * exactly what a mail server would receive. Recipients at `refuses.example` are refused with a
 * 550, as a mailbox that does not exist would be.
 */
export async function startMailCatcher(): Promise<MailCatcher> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.endsWith('@refuses.example')) {
        return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push(mail);
          callback();
        },
        (error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const addressedTo = (mail: ParsedMail, to: string) =>
    [mail.to ?? []].flat().some((a) => a.value.some((v) => v.address?.toLowerCase() === to.toLowerCase()));
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    async messageTo(to, waitMs = 30_000) {
      const deadline = Date.now() + waitMs;
      for (;;) {
        const found = received.find((mail) => addressedTo(mail, to));
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`No email to ${to} arrived within ${waitMs} ms`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
