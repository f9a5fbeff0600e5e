import { Module } from '@nestjs/common';
import { FundingResolver, OrganisationFundingResolver } from './funding.resolver';
import { FundingService } from './funding.service';

@Module({ providers: [FundingService, FundingResolver, OrganisationFundingResolver], exports: [FundingService] })
export class FundingModule {}
