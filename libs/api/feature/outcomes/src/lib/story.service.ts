import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, assertRecordsExist, RecordWriter, StoryEntity } from '@cg/api/core/database';
import { DataSource, DeepPartial } from 'typeorm';
import { CreateStoryInput, UpdateStoryInput } from './dto/story.inputs';
import { badInput, notFound, todayInLondon } from '@cg/shared/domain';

const NO_CONSENT =
  'A story can only be published with the consent of the person who told it: set consentGiven to true once they have agreed. If consent is withdrawn, archive the story.';

/** Narrative evidence for outcomes, kept only with consent. */
@Injectable()
export class StoryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: RecordWriter,
  ) {}

  async findById(id: string): Promise<StoryEntity> {
    const story = await this.dataSource.getRepository(StoryEntity).findOneBy({ id });
    if (!story) throw notFound('story', id);
    return story;
  }

  create(input: CreateStoryInput, actor: Actor): Promise<StoryEntity> {
    if (input.consentGiven !== true) throw badInput('consentGiven', NO_CONSENT);
    return this.writer.transaction(async (manager) => {
      await assertRecordsExist(manager, 'outcome', [input.outcomeId], 'outcomeId');
      await assertRecordsExist(manager, 'person', [input.personId], 'personId');
      const today = todayInLondon();
      return this.writer.create(
        StoryEntity,
        { ...input, date: input.date ?? today, consentDate: input.consentDate ?? today } as DeepPartial<StoryEntity>,
        actor,
        { manager },
      );
    });
  }

  update(input: UpdateStoryInput, actor: Actor): Promise<StoryEntity> {
    const { id, version, ...changes } = input;
    if (changes.consentGiven === false) throw badInput('consentGiven', NO_CONSENT);
    return this.writer.transaction(async (manager) => {
      await assertRecordsExist(manager, 'person', [changes.personId], 'personId');
      return this.writer.update(StoryEntity, id, version, changes as DeepPartial<StoryEntity>, actor, { manager });
    });
  }

  archive(id: string, version: number, actor: Actor): Promise<StoryEntity> {
    return this.writer.archive(StoryEntity, id, version, actor);
  }

  /** Puts an archived story back; only stories kept with consent exist, so consent still stands. */
  restore(id: string, version: number, actor: Actor): Promise<StoryEntity> {
    return this.writer.restore(StoryEntity, id, version, actor);
  }
}
