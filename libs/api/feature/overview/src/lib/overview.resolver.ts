import { Query, Resolver } from '@nestjs/graphql';
import { OverviewService } from './overview.service';
import { Overview } from './overview.type';

@Resolver(() => Overview)
export class OverviewResolver {
  constructor(private readonly overviewService: OverviewService) {}

  @Query(() => Overview, { description: 'Headline figures across the instance.' })
  overview(): Promise<Overview> {
    return this.overviewService.overview();
  }
}
