import { Module } from '@nestjs/common';
import { ParticipantResolver } from './participant.resolver';
import { ParticipantService } from './participant.service';
import { ProjectResolver } from './project.resolver';
import { ProjectService } from './project.service';
import { OrganisationProjectsResolver, PartnershipProjectsResolver } from './related-projects.resolver';

@Module({
  providers: [
    ProjectService,
    ParticipantService,
    ProjectResolver,
    ParticipantResolver,
    PartnershipProjectsResolver,
    OrganisationProjectsResolver,
  ],
  exports: [ProjectService, ParticipantService],
})
export class ProjectsModule {}
