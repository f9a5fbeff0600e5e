import { Module } from '@nestjs/common';
import { ActivityResolver } from './activity.resolver';
import { ActivityService } from './activity.service';
import { PartnershipActivitiesResolver, ProjectActivitiesResolver } from './group-activities.resolver';

@Module({
  providers: [ActivityService, ActivityResolver, ProjectActivitiesResolver, PartnershipActivitiesResolver],
  exports: [ActivityService],
})
export class ActivitiesModule {}
