import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { LoaderRegistry, Loaders } from '@cg/api/core/graphql';
import { livePartnershipsUnderPlace, liveProjectsUnderPlace } from './place-shape.loaders';
import { PlaceShapesArgs } from './place-shapes.args';
import { PlaceShapesService } from './place-shapes.service';
import { PlaceShape } from '@cg/api/core/record-types';

@Resolver(() => PlaceShape)
export class PlaceShapesResolver {
  constructor(private readonly service: PlaceShapesService) {}

  @Query(() => [PlaceShape], {
    description:
      'Places of one level that have a boundary, by name, for the place map: figures, the boundary simplified for the zoom level, and the hex cell where there is one. Places without a boundary are left out (import boundaries to draw them). Cached until places change.',
  })
  placeShapes(@Args() args: PlaceShapesArgs): Promise<PlaceShape[]> {
    return this.service.shapes(args);
  }

  @ResolveField(() => Int, {
    description: 'Partnerships not closed, working in this place or anywhere inside it, that you may see.',
  })
  livePartnershipCount(@Parent() shape: PlaceShape, @Loaders() loaders: LoaderRegistry): Promise<number> {
    return loaders.get(livePartnershipsUnderPlace).load(shape.id);
  }

  @ResolveField(() => Int, {
    description: 'Projects planned, active or paused in this place or anywhere inside it, that you may see.',
  })
  liveProjectCount(@Parent() shape: PlaceShape, @Loaders() loaders: LoaderRegistry): Promise<number> {
    return loaders.get(liveProjectsUnderPlace).load(shape.id);
  }
}
