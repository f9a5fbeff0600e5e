import { parseOrgId } from './org-id';

describe('parseOrgId', () => {
  it.each([
    ['GB-CHC-1234567', 'GB-CHC-1234567'],
    ['gb-coh-01234567', 'GB-COH-01234567'],
    ['GB-COH-SC123456', 'GB-COH-SC123456'],
    ['GB-SC-SC012345', 'GB-SC-SC012345'],
    ['GB-LAE-LCE', 'GB-LAE-LCE'],
    [' GB-NIC-100123 ', 'GB-NIC-100123'],
  ])('accepts %s', (raw, identifier) => {
    expect(parseOrgId(raw)).toEqual(expect.objectContaining({ identifier }));
  });

  it('explains an unknown list', () => {
    expect(parseOrgId('XX-ABC-1')).toEqual({ error: expect.stringContaining('known org-id list') });
  });

  it('explains a value of the wrong shape for its register', () => {
    expect(parseOrgId('GB-CHC-12AB')).toEqual({ error: expect.stringContaining('Charity Commission') });
    expect(parseOrgId('GB-COH-123')).toEqual({ error: expect.stringContaining('GB-COH-01234567') });
  });

  it('does not mistake GB-SC for GB-SCX-like prefixes', () => {
    expect(parseOrgId('GB-SHPE-L0001')).toEqual(expect.objectContaining({ scheme: 'GB-SHPE' }));
  });
});
