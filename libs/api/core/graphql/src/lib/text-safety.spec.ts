import { unstorableText } from './text-safety';

describe('unstorableText', () => {
  it('finds a null character or half a UTF-16 pair anywhere in an argument, by its path', () => {
    expect(unstorableText({ name: 'ok', members: [{ role: 'x' }, { role: 'a\u0000b' }] }, 'input')).toEqual({
      field: 'input.members.1.role',
      why: expect.stringMatching(/null character/),
    });
    expect(unstorableText('broken \udc00', 'search')?.why).toMatch(/invalid character/);
  });

  it('passes ordinary text, emoji (whole pairs) and markup, which are stored as they are', () => {
    expect(
      unstorableText({ name: 'Café 👩🏽‍🌾 <img src=x onerror=alert(1)>', tags: ['100%', '_', '\\'] }, 'input'),
    ).toBeUndefined();
  });
});
