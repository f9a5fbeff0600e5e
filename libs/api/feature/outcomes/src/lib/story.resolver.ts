import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { StoryEntity } from '@cg/api/core/database';
import { CurrentActor, RecordVersionInput, RequestActor } from '@cg/api/core/graphql';
import { CreateStoryInput, UpdateStoryInput } from './dto/story.inputs';
import { StoryService } from './story.service';
import { Story } from '@cg/api/core/record-types';

@Resolver(() => Story)
export class StoryResolver {
  constructor(private readonly stories: StoryService) {}

  @Query(() => Story)
  story(@Args('id', { type: () => ID }) id: string): Promise<StoryEntity> {
    return this.stories.findById(id);
  }

  @Mutation(() => Story, { description: 'Refused unless consentGiven is true: stories are published only with consent.' })
  createStory(@Args('input') input: CreateStoryInput, @CurrentActor() actor: RequestActor): Promise<StoryEntity> {
    return this.stories.create(input, actor);
  }

  @Mutation(() => Story)
  updateStory(@Args('input') input: UpdateStoryInput, @CurrentActor() actor: RequestActor): Promise<StoryEntity> {
    return this.stories.update(input, actor);
  }

  @Mutation(() => Story, { description: 'Takes the story down (for instance when consent is withdrawn); nothing is deleted.' })
  archiveStory(@Args('input') input: RecordVersionInput, @CurrentActor() actor: RequestActor): Promise<StoryEntity> {
    return this.stories.archive(input.id, input.version, actor);
  }

  @Mutation(() => Story)
  restoreStory(@Args('input') input: RecordVersionInput, @CurrentActor() actor: RequestActor): Promise<StoryEntity> {
    return this.stories.restore(input.id, input.version, actor);
  }
}
