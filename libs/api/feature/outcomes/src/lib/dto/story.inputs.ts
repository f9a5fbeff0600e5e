import { Field, InputType } from '@nestjs/graphql';
import { OptionalBoolean, OptionalDate, OptionalId, OptionalText, RecordId, Required, UpdateInputOf } from '@cg/api/core/graphql';
import { IsDefined } from 'class-validator';

@InputType({ isAbstract: true })
export class StoryFields {
  @OptionalText({ min: 2, max: 200 })
  title?: string;

  @OptionalText({ min: 1, max: 20000 })
  body?: string;

  @OptionalText({ max: 2000 })
  quote?: string | null;

  @OptionalText({ max: 200, description: 'How the teller wishes to be credited ("a parent in Harrowby").' })
  attribution?: string | null;

  @OptionalId('person')
  personId?: string | null;

  @OptionalBoolean('Must be true: a story is only kept with the consent of the person who told it.')
  consentGiven?: boolean;

  @OptionalDate('When consent was given; today when left out.')
  consentDate?: string | null;

  @OptionalDate('When it was told; today when left out.')
  date?: string;
}

@InputType()
export class CreateStoryInput extends StoryFields {
  @RecordId('outcome')
  outcomeId!: string;

  @Required()
  declare title: string;

  @Required()
  declare body: string;

  @Field()
  @IsDefined({ message: 'consentGiven is required: a story is only published with the consent of the person who told it' })
  declare consentGiven: boolean;
}

@InputType()
export class UpdateStoryInput extends UpdateInputOf(StoryFields, 'story') {}
