import { describeValue, fieldLabel, formatUkDateTime, recordLink, recordTypeLabel, shortId } from './audit-labels';

describe('audit log in words', () => {
  it('shows dates and times the UK way, in UK time, on a 24-hour clock', () => {
    expect(formatUkDateTime('2026-07-14T13:05:00Z')).toBe('14/07/2026 14:05'); // BST
    expect(formatUkDateTime('2026-01-14T21:30:00Z')).toBe('14/01/2026 21:30'); // GMT
    expect(formatUkDateTime('nonsense')).toBe('');
    expect(formatUkDateTime(null)).toBe('');
  });

  it('turns the JSON values of a change into plain words', () => {
    expect(describeValue('"Harrowby Trust"')).toBe('Harrowby Trust');
    expect(describeValue(null)).toBe('(none)');
    expect(describeValue('""')).toBe('(none)');
    expect(describeValue('true')).toBe('Yes');
    expect(describeValue('12500.5')).toBe('12,500.5');
    expect(describeValue('"2026-03-04"')).toBe('04/03/2026');
    expect(describeValue('["health","housing"]')).toBe('health, housing');
    expect(describeValue('[]')).toBe('(none)');
    expect(describeValue('{"a":1}')).toBe('{"a":1}');
    expect(describeValue('not json')).toBe('not json');
  });

  it('names fields in words, dropping the "id" of references', () => {
    expect(fieldLabel('homePlaceId')).toBe('Home place');
    expect(fieldLabel('decision_seat')).toBe('Decision seat');
    expect(fieldLabel('name')).toBe('Name');
    expect(fieldLabel('id')).toBe('Id');
  });

  it('names record types, including ones it has not met', () => {
    expect(recordTypeLabel('partnership_membership')).toBe('Partnership member');
    expect(recordTypeLabel('invitation')).toBe('Invitation');
    expect(recordTypeLabel('funding_instalment')).toBe('Funding instalment');
  });

  it('links to the records that have a page of their own', () => {
    expect(recordLink('organisation', 'o1')).toEqual(['/organisations', 'o1']);
    expect(recordLink('measurement', 'm1')).toBeNull();
  });

  it('shortens ids to a reference', () => {
    expect(shortId('3f2a9c1b-0000-4000-8000-000000000000')).toBe('3f2a9c1b');
  });
});
