import { Module } from '@nestjs/common';
import { IndicatorResolver } from './indicator.resolver';
import { IndicatorService } from './indicator.service';
import { OutcomeResolver } from './outcome.resolver';
import { OutcomeService } from './outcome.service';
import { PartnershipOutcomesResolver, ProjectOutcomesResolver } from './owner-outcomes.resolver';
import { StoryResolver } from './story.resolver';
import { StoryService } from './story.service';

@Module({
  providers: [OutcomeService, OutcomeResolver, IndicatorService, IndicatorResolver, StoryService, StoryResolver, PartnershipOutcomesResolver, ProjectOutcomesResolver],
  exports: [OutcomeService, IndicatorService, StoryService],
})
export class OutcomesModule {}
