import { Field, InputType } from '@nestjs/graphql';
import {
  OptionalEmail,
  OptionalEnum,
  OptionalId,
  OptionalText,
  ThemesField,
  VisibilityField,
} from '@cg/api/core/graphql';
import { OrganisationType, Visibility } from '@cg/shared/domain';
import { IsOptional, IsUrl, Matches } from 'class-validator';

/** UK postcode shape (validated loosely: outward code, space optional, inward code). */
const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$/i;

/** Fields a person can set on an organisation; every one optional so updates can send only what changed. */
@InputType({ isAbstract: true })
export class OrganisationFields {
  @OptionalText({ min: 2, max: 200 })
  name?: string;

  @OptionalEnum(OrganisationType, 'an organisation type')
  type?: OrganisationType;

  @OptionalText({ max: 5000 })
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true }, { message: 'website must be a full address starting with https://' })
  website?: string | null;

  @OptionalEmail()
  email?: string | null;

  @OptionalText({ max: 40 })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(POSTCODE, { message: 'postcode must be a UK postcode such as WY1 2AB' })
  postcode?: string | null;

  @OptionalId('place')
  homePlaceId?: string | null;

  @ThemesField()
  themes?: string[];

  @OptionalText({ max: 60 })
  incomeBand?: string | null;

  @OptionalText({ max: 200 })
  size?: string | null;

  @VisibilityField()
  visibility?: Visibility;
}
