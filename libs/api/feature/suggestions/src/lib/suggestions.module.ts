import { Module } from '@nestjs/common';
import { PartnerSuggestionService } from './partner-suggestion.service';
import { PartnershipGapsService } from './partnership-gaps.service';
import { SuggestionDismissalService } from './suggestion-dismissal.service';
import { SuggestionResolver } from './suggestion.resolver';

@Module({
  providers: [PartnerSuggestionService, PartnershipGapsService, SuggestionDismissalService, SuggestionResolver],
  exports: [PartnerSuggestionService],
})
export class SuggestionsModule {}
