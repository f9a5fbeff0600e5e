import { normaliseSearch, searchCondition, searchParam, searchWords } from './name-search';

describe('organisation search', () => {
  it('trims and collapses spaces, and treats blank as no search', () => {
    expect(normaliseSearch('  Leics   Cares ')).toBe('Leics Cares');
    expect(normaliseSearch('   ')).toBeUndefined();
    expect(normaliseSearch(null)).toBeUndefined();
    expect(normaliseSearch('x'.repeat(300))).toHaveLength(200);
  });

  it('matches words of two characters or more, at most eight', () => {
    expect(searchWords('St & Mary')).toEqual(['St', 'Mary']);
    expect(searchWords('a b c d e f g h i j k l'.replace(/ /g, 'x '))).toHaveLength(8);
  });

  it('binds the search, a literal contains pattern and each word; never splices text into SQL', () => {
    const { where, params, relevance } = searchCondition('o.name', "100% O'Brien", 's', { fn: 'cg_match_organisation_name', id: 'o.id' });
    expect(where).toBe(
      "o.id = ANY(ARRAY(SELECT cg_match_organisation_name('similar', :s::text) UNION SELECT cg_match_organisation_name('ilike', :s_pattern::text)" +
        " UNION SELECT cg_match_organisation_name('similar_all', :s_words::text)))",
    );
    expect(params).toEqual({ s: "100% O'Brien", s_pattern: "%100\\% O'Brien%", s_words: "100% O'Brien" });
    expect(relevance).toEqual({ sql: 'word_similarity(:s, o.name)', direction: 'DESC' });
  });

  it('does not repeat a one-word search as a word match', () => {
    expect(searchCondition('p.full_name', 'oakham', 'q', { fn: 'cg_match_person_full_name', id: 'p.id' }).where).toBe(
      "p.id = ANY(ARRAY(SELECT cg_match_person_full_name('similar', :q::text) UNION SELECT cg_match_person_full_name('ilike', :q_pattern::text)))",
    );
  });
});

describe('searchParam', () => {
  it('is a valid parameter name that differs from one search to another', () => {
    expect(searchParam('s', 'Leics Cares')).toMatch(/^s_[0-9a-f]{12}$/);
    expect(searchParam('s', 'Leics Cares')).toBe(searchParam('s', 'Leics Cares'));
    expect(searchParam('s', 'Leics Cares')).not.toBe(searchParam('s', 'harowby food'));
  });
});
