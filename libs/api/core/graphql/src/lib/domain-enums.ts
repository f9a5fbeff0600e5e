import { registerEnumType } from '@nestjs/graphql';
import { OrganisationType, Sector, Visibility } from '@cg/shared/domain';

// Shared enums become GraphQL enums once, here, so every feature uses the same names.
registerEnumType(Visibility, { name: 'Visibility', description: 'Who may read a record.' });
registerEnumType(OrganisationType, { name: 'OrganisationType' });
registerEnumType(Sector, { name: 'Sector', description: 'Sector of an organisation, used by the silo measures.' });
