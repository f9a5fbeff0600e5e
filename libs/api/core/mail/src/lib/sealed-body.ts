import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** Outside production a fixed key will do, as for session tokens: those databases hold test data. */
const DEVELOPMENT_KEY = 'common-ground development only, never production';

export interface SealedBody {
  iv: string;
  tag: string;
  body: string;
}

/**
 * Seals an email's body for the queue with AES-256-GCM, keyed from SESSION_SECRET: the body
 * carries single-use links, which the database otherwise only ever holds as hashes.
 */
export class BodySealer {
  private readonly key: Buffer;

  constructor(secret: string | undefined) {
    this.key = createHash('sha256')
      .update(`common-ground mail body\n${secret ?? DEVELOPMENT_KEY}`)
      .digest();
  }

  seal(content: object): SealedBody {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(content), 'utf8'), cipher.final()]);
    return { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), body: body.toString('base64') };
  }

  /** Throws when the secret has changed since sealing: such a message cannot be sent any more. */
  open<T>(sealed: SealedBody): T {
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(sealed.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    const plain = Buffer.concat([decipher.update(Buffer.from(sealed.body, 'base64')), decipher.final()]);
    return JSON.parse(plain.toString('utf8')) as T;
  }
}
