import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { CreateNeedInput } from './dto/need.inputs';

const problems = (input: object) =>
  validateSync(plainToInstance(CreateNeedInput, input)).map((error) => ({ field: error.property, messages: Object.values(error.constraints ?? {}) }));

describe('CreateNeedInput', () => {
  it('accepts a need with only a title and who raised it', () => {
    expect(problems({ title: 'No late buses', raisedBy: 'COMMUNITY' })).toEqual([]);
  });

  it('names the field and says what is wrong', () => {
    expect(problems({ title: 'x', raisedBy: 'COMMUNITY', priority: 'SOMEDAY' })).toEqual([
      { field: 'title', messages: ['title must be between 2 and 200 characters'] },
      { field: 'priority', messages: ['priority must be LOW, MEDIUM, HIGH or URGENT'] },
    ]);
  });
});
