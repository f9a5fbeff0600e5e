import { BodySealer } from './sealed-body';

describe('BodySealer', () => {
  const body = { text: 'Open https://cg.example/reset-password?token=abc123', html: '<a href="…">Reset</a>' };

  it('opens what it sealed, and the sealed form does not contain the link', () => {
    const sealer = new BodySealer('s'.repeat(40));
    const sealed = sealer.seal(body);
    expect(JSON.stringify(sealed)).not.toContain('token=abc123');
    expect(sealer.open(sealed)).toEqual(body);
  });

  it('refuses a body sealed under another secret, or changed in the database', () => {
    const sealed = new BodySealer('s'.repeat(40)).seal(body);
    expect(() => new BodySealer('t'.repeat(40)).open(sealed)).toThrow();
    const tampered = { ...sealed, body: Buffer.from('x'.repeat(20)).toString('base64') };
    expect(() => new BodySealer('s'.repeat(40)).open(tampered)).toThrow();
  });
});
