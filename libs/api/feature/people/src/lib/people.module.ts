import { Module } from '@nestjs/common';
import { AffiliationResolver, OrganisationPeopleResolver, PersonResolver } from './person.resolver';
import { PersonalDataResolver } from './gdpr/personal-data.resolver';
import { PersonalDataService } from './gdpr/personal-data.service';
import { PersonService } from './person.service';

@Module({
  providers: [PersonService, PersonResolver, AffiliationResolver, OrganisationPeopleResolver, PersonalDataService, PersonalDataResolver],
  exports: [PersonService],
})
export class PeopleModule {}
