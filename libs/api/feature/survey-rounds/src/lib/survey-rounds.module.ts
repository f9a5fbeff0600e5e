import { Module } from '@nestjs/common';
import { SurveyRoundResolver } from './survey-round.resolver';
import { SurveyRoundService } from './survey-round.service';

@Module({ providers: [SurveyRoundService, SurveyRoundResolver] })
export class SurveyRoundsModule {}
