import { Sector } from '@cg/shared/domain';
import { NetworkData, TieKind } from '@cg/web/data-access';

/** A small network in the API's shape: a funder, two charities and a council. */
export function sampleNetwork(): NetworkData {
  return {
    nodes: {
      ids: ['a', 'b', 'c', 'd'],
      names: ['Wyvernham Food Trust', 'Oakham Youth Network', 'Rutland County Council', 'Lottery Community Fund'],
      sectors: [Sector.VOLUNTARY_AND_COMMUNITY, Sector.VOLUNTARY_AND_COMMUNITY, Sector.PUBLIC, Sector.FUNDER],
      degree: [3, 1, 1, 1],
      betweenness: [1, 0, 0, 0],
      eigenvector: [0.7, 0.4, 0.4, 0.4],
      community: [0, 0, 1, 1],
    },
    edges: {
      source: [0, 0, 3, 0, 2],
      target: [1, 2, 0, 9, 2],
      kind: [TieKind.RELATIONSHIP, TieKind.CO_MEMBERSHIP, TieKind.FUNDING, TieKind.JOINT_PROJECT, TieKind.RELATIONSHIP],
      weight: [4, 2, 25000, 1, 3],
    },
    summary: {
      nodeCount: 4,
      edgeCount: 3,
      density: 0.5,
      components: 1,
      largestComponent: 4,
      isolates: 0,
      communities: 2,
      degreeCentralization: 1,
      crossSectorTieShare: 0.67,
      meanTrust: 3,
      meanValue: null,
      betweennessSampled: false,
      betweennessSources: 4,
    },
    updating: false,
  };
}
