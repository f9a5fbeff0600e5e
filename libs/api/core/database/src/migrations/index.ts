// Every migration, oldest first. `npm run migration:generate -- <Name>` appends to this list.
import { Foundation1763900000000 } from './1763900000000-foundation';
import { Organisations1795436929134 } from './1795436929134-organisations';

export const migrations = [Foundation1763900000000, Organisations1795436929134];
