import { addTheme } from './theme-chips';

describe('addTheme', () => {
  it('adds themes once each, trimmed, whatever their case', () => {
    expect(addTheme(['Food poverty'], ' food   poverty ')).toEqual(['Food poverty']);
    expect(addTheme(['Food poverty'], ' youth work ')).toEqual(['Food poverty', 'youth work']);
    expect(addTheme([], '   ')).toEqual([]);
  });
});
