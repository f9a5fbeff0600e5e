import { Module } from '@nestjs/common';
import { OrganisationResolver } from './organisation.resolver';
import { OrganisationService } from './organisation.service';

@Module({ providers: [OrganisationService, OrganisationResolver], exports: [OrganisationService] })
export class OrganisationsModule {}
