import { Module } from '@nestjs/common';
import { GrantsExportController } from './export/grants-export.controller';
import { ThreeSixtyGivingRunners } from './three-sixty-giving.runners';

/** 360Giving in and out: grants imported as funding by background job, and exported as the standard's JSON. */
@Module({
  controllers: [GrantsExportController],
  providers: [ThreeSixtyGivingRunners],
})
export class ThreeSixtyGivingModule {}
