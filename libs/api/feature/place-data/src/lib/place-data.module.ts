import { Module } from '@nestjs/common';
import { PlaceImportRunners } from './jobs/place-import.runner';
import { OrganisationPostcodeResolver, PostcodeResolver } from './postcodes/postcode.resolver';

/** Official place data: background imports for instance admins (through core/imports), and postcode lookups for everyone signed in. */
@Module({
  providers: [PlaceImportRunners, PostcodeResolver, OrganisationPostcodeResolver],
})
export class PlaceDataModule {}
