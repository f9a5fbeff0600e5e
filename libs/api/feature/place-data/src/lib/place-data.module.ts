import { Module } from '@nestjs/common';
import { ImportJobResolver } from './jobs/import-job.resolver';
import { ImportJobService } from './jobs/import-job.service';
import { ImportUploadController } from './jobs/import-upload.controller';
import { OrganisationPostcodeResolver, PostcodeResolver } from './postcodes/postcode.resolver';

/** Official place data: background imports for instance admins, and postcode lookups for everyone signed in. */
@Module({
  controllers: [ImportUploadController],
  providers: [ImportJobService, ImportJobResolver, PostcodeResolver, OrganisationPostcodeResolver],
  exports: [ImportJobService],
})
export class PlaceDataModule {}
