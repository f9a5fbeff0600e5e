import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TestMailServer {
  url: string;
  /** Resolves with the first message to `to` that has arrived or arrives within the wait. */
  messageTo(to: string, waitMs?: number): Promise<ParsedMail>;
  received: ParsedMail[];
  close(): Promise<void>;
}

/**
 * A real SMTP server in this process (no TLS, no login), so the tests read exactly what a
 * mail server would receive. Recipients at `refuses.example` are refused with a 550, as a
 * mailbox that does not exist would be.
 */
export async function startTestMailServer(): Promise<TestMailServer> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.endsWith('@refuses.example')) {
        const error = Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 });
        return callback(error);
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
    async messageTo(to, waitMs = 15_000) {
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
