import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RecordVersionInput } from '@cg/api/core/graphql';
import type { Request } from 'express';
import { PersonalDataService } from './personal-data.service';

@Resolver()
export class PersonalDataResolver {
  constructor(private readonly personalData: PersonalDataService) {}

  @Query(() => String, {
    description: 'Subject access export: everything held about a person, as JSON text (UK GDPR Article 15). Admins only.',
  })
  async personalDataExport(@Args('personId', { type: () => ID }) personId: string, @Context('req') req: Request): Promise<string> {
    await this.personalData.assertMayManage(req.user, personId);
    return JSON.stringify(await this.personalData.export(personId), null, 2);
  }

  @Mutation(() => Boolean, {
    description: 'Erases a person’s personal data (UK GDPR Article 17); anonymous counts stay. Admins only.',
  })
  async erasePerson(@Args('input') input: RecordVersionInput, @Context('req') req: Request): Promise<boolean> {
    await this.personalData.assertMayManage(req.user, input.id);
    await this.personalData.erase(input.id, input.version, req.user?.id ?? null);
    return true;
  }
}
