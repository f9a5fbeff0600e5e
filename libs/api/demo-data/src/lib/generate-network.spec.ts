import { OrganisationType, SECTOR_OF_TYPE } from '@cg/shared/domain';
import { generateNetwork } from './generate-network';

describe('generateNetwork', () => {
  it('is deterministic for a seed', () => {
    expect(generateNetwork({ organisations: 50 })).toEqual(generateNetwork({ organisations: 50 }));
    expect(generateNetwork({ organisations: 50, seed: 1 })).not.toEqual(generateNetwork({ organisations: 50 }));
  });

  it('includes every organisation type, each in its sector', () => {
    const { organisations } = generateNetwork({ organisations: 160 });
    expect(new Set(organisations.map((o) => o.type))).toEqual(new Set(Object.values(OrganisationType)));
    for (const organisation of organisations) expect(organisation.sector).toBe(SECTOR_OF_TYPE[organisation.type]);
  });

  it('keeps names unique at scale', () => {
    const { organisations } = generateNetwork({ organisations: 20000 });
    expect(new Set(organisations.map((o) => o.name)).size).toBe(20000);
  });
});
