import { Module } from '@nestjs/common';
import { NeedResolver } from './need.resolver';
import { NeedService } from './need.service';
import { ProjectNeedsResolver } from './project-needs.resolver';

@Module({ providers: [NeedService, NeedResolver, ProjectNeedsResolver], exports: [NeedService] })
export class NeedsModule {}
