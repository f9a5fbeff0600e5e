import { Transform } from 'node:stream';
import { GrantFileError } from './grant-file-error';

/**
 * Passes the bytes on while checking they are UTF-8, as both 360Giving forms must be: a file
 * saved as Windows-1252 or UTF-16 is refused with the line it went wrong on, rather than
 * importing names with broken letters.
 */
export function utf8Checked(): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  const refuse = () =>
    new GrantFileError(
      `The file is not UTF-8 text (the first bad character is on line ${line.toLocaleString('en-GB')}). Save it as UTF-8 (in Excel: “CSV UTF-8”) and upload it again.`,
    );
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      try {
        decoder.decode(chunk, { stream: true });
      } catch {
        // Count the lines before the bad byte, for the message.
        const lossy = new TextDecoder('utf-8').decode(chunk);
        const bad = lossy.indexOf('\uFFFD');
        for (let i = 0; i < bad; i++) if (lossy.charCodeAt(i) === 10) line++;
        return done(refuse());
      }
      for (const byte of chunk) if (byte === 10) line++;
      done(null, chunk);
    },
    flush(done) {
      try {
        decoder.decode();
        done();
      } catch {
        done(refuse());
      }
    },
  });
}
