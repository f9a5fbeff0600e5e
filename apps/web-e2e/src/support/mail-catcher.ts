import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server in the test process (no TLS, no login) that keeps what it receives. */
export async function startMailCatcher(): Promise<{
  url: string;
  messageTo(to: string): Promise<ParsedMail>;
  close(): Promise<void>;
}> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData: (stream, _session, callback) =>
      void simpleParser(stream).then((mail) => (received.push(mail), callback()), callback),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const isTo = (mail: ParsedMail, to: string) =>
    [mail.to ?? []].flat().some((a) => a.value.some((v) => v.address === to));
  return {
    url: `smtp://127.0.0.1:${port}`,
    async messageTo(to) {
      for (let waited = 0; waited < 30_000; waited += 100) {
        const mail = received.find((m) => isTo(m, to));
        if (mail) return mail;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`No email to ${to} arrived within 30 s`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
