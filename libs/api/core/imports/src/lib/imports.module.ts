import { Global, Module } from '@nestjs/common';
import { ImportJobResolver } from './import-job.resolver';
import { ImportJobService } from './import-job.service';
import { ImportRunners } from './import-runners';
import { ImportUploadController } from './import-upload.controller';

/**
 * Background imports: the upload route, the jobs' progress and reports, recovery of jobs whose
 * process died. Global, so each feature registers its runners without a module import cycle.
 */
@Global()
@Module({
  controllers: [ImportUploadController],
  providers: [ImportJobService, ImportJobResolver, ImportRunners],
  exports: [ImportJobService, ImportRunners],
})
export class ImportsModule {}
