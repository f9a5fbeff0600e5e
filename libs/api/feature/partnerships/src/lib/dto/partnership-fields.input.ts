import { Field, ID, InputType } from '@nestjs/graphql';
import { DateScalar } from '@cg/api/core/graphql';
import { GovernanceModel, LevellingUpMission, PartnershipStatus, Visibility } from '@cg/shared/domain';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';

/** Fields a person can set on a partnership; every one optional so updates send only what changed. */
@InputType({ isAbstract: true })
export class PartnershipFields {
  @Field({ nullable: true })
  @IsOptional()
  @IsString({ message: 'name must be text' })
  @Length(2, 200, { message: 'name must be between 2 and 200 characters' })
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: 'purpose must be text' })
  @MaxLength(5000, { message: 'purpose must be at most 5000 characters' })
  purpose?: string | null;

  @Field(() => PartnershipStatus, { nullable: true })
  @IsOptional()
  @IsEnum(PartnershipStatus, { message: 'status must be a partnership status' })
  status?: PartnershipStatus;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  startDate?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  endDate?: string | null;

  @Field(() => GovernanceModel, { nullable: true })
  @IsOptional()
  @IsEnum(GovernanceModel, { message: 'governanceModel must be a governance model' })
  governanceModel?: GovernanceModel;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray({ message: 'themes must be a list' })
  @ArrayMaxSize(20, { message: 'themes must hold at most 20 themes' })
  @IsString({ each: true, message: 'themes must be texts' })
  @Length(1, 60, { each: true, message: 'each of themes must be between 1 and 60 characters' })
  themes?: string[];

  @Field(() => [LevellingUpMission], { nullable: true })
  @IsOptional()
  @IsArray({ message: 'missions must be a list' })
  @IsEnum(LevellingUpMission, { each: true, message: 'missions must be Levelling Up missions' })
  missions?: LevellingUpMission[];

  @Field(() => [ID], { nullable: true, description: 'The places the partnership covers; on update, replaces the set.' })
  @IsOptional()
  @IsArray({ message: 'placeIds must be a list' })
  @ArrayMaxSize(200, { message: 'placeIds must hold at most 200 places' })
  @IsUUID('all', { each: true, message: 'placeIds must hold place ids' })
  placeIds?: string[];

  @Field(() => Visibility, { nullable: true })
  @IsOptional()
  @IsEnum(Visibility, { message: 'visibility must be PUBLIC, PARTNERS or PRIVATE' })
  visibility?: Visibility;

  @Field(() => ID, { nullable: true, description: 'The organisation whose record this is.' })
  @IsOptional()
  @IsUUID('all', { message: 'ownerOrganisationId must be an organisation id' })
  ownerOrganisationId?: string | null;
}
