import { cookieValue } from './session-cookie';

describe('cookieValue', () => {
  it('finds the named cookie among others, as cookie-parser did', () => {
    expect(cookieValue('theme=dark; cg_session=abc-DEF_123; other=x', 'cg_session')).toBe('abc-DEF_123');
    expect(cookieValue('cg_session=first; cg_session=second', 'cg_session')).toBe('first');
    expect(cookieValue('  cg_session = spaced  ;x=1', 'cg_session')).toBe('spaced');
    expect(cookieValue('cg_session="quoted"', 'cg_session')).toBe('quoted');
    expect(cookieValue('cg_session=a%20b', 'cg_session')).toBe('a b');
    expect(cookieValue('cg_session=bad%zzescape', 'cg_session')).toBe('bad%zzescape');
    expect(cookieValue('flag; cg_session=after-a-flag', 'cg_session')).toBe('after-a-flag');
    expect(cookieValue('cg_session=', 'cg_session')).toBe('');
  });

  it('does not take a cookie whose name only contains the one asked for', () => {
    expect(cookieValue('old_cg_session=nope; cg_sessions=nope', 'cg_session')).toBeUndefined();
    expect(cookieValue('x=cg_session=nope', 'cg_session')).toBeUndefined();
  });

  it('finds nothing without the cookie or a header, and never a JSON cookie', () => {
    expect(cookieValue(undefined, 'cg_session')).toBeUndefined();
    expect(cookieValue('', 'cg_session')).toBeUndefined();
    expect(cookieValue('theme=dark', 'cg_session')).toBeUndefined();
    expect(cookieValue('cg_session=j:{"a":1}', 'cg_session')).toBeUndefined();
  });
});
