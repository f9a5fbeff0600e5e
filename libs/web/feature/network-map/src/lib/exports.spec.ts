import { Sector } from '@cg/shared/domain';
import { csvField, edgesCsv, networkGexf, nodesCsv } from './exports';
import { toNetworkGraph } from './network-graph';
import { sampleNetwork } from './testing/sample-network';

describe('CSV export', () => {
  it('writes one row per organisation with its measures, and a header', () => {
    const lines = nodesCsv(toNetworkGraph(sampleNetwork(), 'degree')).trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,name,sector,degree,betweenness,eigenvector,community');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toBe('a,Wyvernham Food Trust,Voluntary and community,3,1,0.7,0');
    expect(lines[4]).toBe('d,Lottery Community Fund,Funder,1,0,0.4,1');
  });

  it('writes one row per tie with both ends named and the kind in words', () => {
    const lines = edgesCsv(toNetworkGraph(sampleNetwork(), 'degree')).trimEnd().split('\r\n');
    expect(lines[0]).toBe('source_id,source_name,target_id,target_name,kind,weight');
    expect(lines).toEqual(expect.arrayContaining(['d,Lottery Community Fund,a,Wyvernham Food Trust,Funding,25000']));
    expect(lines).toHaveLength(4);
  });

  it('quotes commas and quotes, and defuses spreadsheet formulas', () => {
    expect(csvField('Smith, Jones & "Co"')).toBe('"Smith, Jones & ""Co"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1 Club')).toBe("'-1 Club");
    expect(csvField(-1)).toBe('-1');
    expect(csvField(null)).toBe('');
  });
});

describe('GEXF export', () => {
  it('writes a GEXF 1.3 document with every organisation, its measures and its ties', () => {
    const network = sampleNetwork();
    network.nodes.names[1] = 'Oakham <Youth> & Co';
    network.nodes.sectors[1] = Sector.GRASSROOTS_COMMUNITY;
    const gexf = networkGexf(toNetworkGraph(network, 'degree'));
    expect(gexf).toContain('<gexf version="1.3"');
    expect(gexf).toMatch(/label="Oakham &lt;Youth(>|&gt;) &amp; Co"/);
    expect(gexf).toContain('value="Grassroots community"');
    expect((gexf.match(/<node /g) ?? []).length).toBe(4);
    expect((gexf.match(/<edge /g) ?? []).length).toBe(3);
    expect(gexf).toMatch(/<edge [^>]*source="d" target="a"[^>]*weight="25000"/);
    expect(gexf).toContain('<viz:color');
  });
});
