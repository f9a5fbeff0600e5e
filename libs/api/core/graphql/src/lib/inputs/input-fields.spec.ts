import { InputType } from '@nestjs/graphql';
import { Visibility } from '@cg/shared/domain';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import {
  IdList,
  OptionalPounds,
  OptionalText,
  OwnerOrganisationField,
  Required,
  ThemesField,
  VisibilityField,
} from './input-fields';
import { createValidationPipe } from '../validation';
import { UpdateInputOf } from './update-input';

@InputType({ isAbstract: true })
class ThingFields {
  @OptionalText({ min: 2, max: 20 }) name?: string;
  @OptionalPounds() budget?: number;
  @ThemesField() themes?: string[];
  @IdList('place', 2, 'Places.') placeIds?: string[];
  @VisibilityField() visibility?: Visibility;
  @OwnerOrganisationField() ownerOrganisationId?: string | null;
}

@InputType()
class EndThingInput {
  @Required(() => String) toDate!: string;
}

@InputType()
class UpdateThingInput extends UpdateInputOf(ThingFields, 'outcome') {}

/** Each failing field's messages, by field name. */
async function problems(type: new () => object, value: object): Promise<Record<string, string[]>> {
  const errors = await validate(plainToInstance(type, value));
  return Object.fromEntries(errors.map((error) => [error.property, Object.values(error.constraints ?? {})]));
}

const ID = '0b5f0c55-6a0c-4b8e-9a5e-3c2f6e2d8a11';

describe('shared input fields', () => {
  it('leave every field optional on the fields class, so updates send only what changed', async () => {
    expect(await problems(ThingFields, {})).toEqual({});
  });

  it('name the field in each message', async () => {
    const found = await problems(ThingFields, {
      name: 'x',
      budget: -1.005,
      themes: [''],
      placeIds: [ID, ID, 'nope'],
      visibility: 'SECRET',
      ownerOrganisationId: 'nope',
    });
    expect(found['name']).toEqual(['name must be between 2 and 20 characters']);
    expect(found['budget']).toEqual(
      expect.arrayContaining(['budget must be an amount in pounds with at most 2 decimal places', 'budget must not be negative']),
    );
    expect(found['themes']).toEqual(['each of themes must be between 1 and 60 characters']);
    expect(found['placeIds']).toEqual(
      expect.arrayContaining(['placeIds can hold at most 2 ids', 'placeIds must hold place ids']),
    );
    expect(found['visibility']).toEqual(['visibility must be PUBLIC, PARTNERS or PRIVATE']);
    expect(found['ownerOrganisationId']).toEqual(['ownerOrganisationId must be an organisation id']);
  });

  it('add the record id and the version read to the update input', async () => {
    expect(await problems(UpdateThingInput, { id: 'nope', version: 0, name: 'Fine' })).toEqual({
      id: ['id must be an outcome id'],
      version: ['version must be 1 or more'],
    });
    expect(await problems(UpdateThingInput, { id: ID, version: 3 })).toEqual({});
  });

  it('keep every field through the validation pipe, whose whitelist drops undecorated ones', async () => {
    const pipe = createValidationPipe();
    const kept = await pipe.transform({ toDate: '2025-03-31' }, { type: 'body', metatype: EndThingInput });
    expect(kept).toEqual({ toDate: '2025-03-31' });
    const update = await pipe.transform({ id: ID, version: 2, name: 'Fine', themes: ['a'] }, { type: 'body', metatype: UpdateThingInput });
    expect(update).toMatchObject({ id: ID, version: 2, name: 'Fine', themes: ['a'] });
  });
});
