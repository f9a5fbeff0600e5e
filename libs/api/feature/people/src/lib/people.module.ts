import { Module } from '@nestjs/common';
import { AffiliationResolver, OrganisationPeopleResolver, PersonResolver } from './person.resolver';
import { PersonService } from './person.service';

@Module({
  providers: [PersonService, PersonResolver, AffiliationResolver, OrganisationPeopleResolver],
  exports: [PersonService],
})
export class PeopleModule {}
