import { registerEnumType } from '@nestjs/graphql';
import { OutcomeStatus } from '@cg/shared/domain';

registerEnumType(OutcomeStatus, {
  name: 'OutcomeStatus',
  description: 'Progress against plan: ACHIEVED, ON_TRACK, AT_RISK (up to 10 points behind), OFF_TRACK, or NO_DATA.',
});

export { OutcomeStatus };
