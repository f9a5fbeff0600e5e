import { FormControl, FormGroup } from '@angular/forms';
import { LawfulBasis, PersonDetail, Visibility } from '@cg/web/data-access';
import {
  consentProblems,
  consentRule,
  emptyPersonForm,
  toCreatePersonInput,
  toPersonFormValue,
  toUpdatePersonInput,
  EMAIL_PATTERN,
} from './person-fields';

describe('consent rules', () => {
  const none = { lawfulBasis: null, consentDate: null, consentPurpose: null };

  it('asks for nothing when no consent details are given', () => {
    expect(consentProblems(none)).toEqual({});
  });

  it('needs a lawful basis once a consent date or purpose is given', () => {
    expect(consentProblems({ ...none, consentPurpose: 'Newsletters' }).lawfulBasis).toMatch(/Choose the lawful basis/);
    expect(consentProblems({ ...none, consentDate: new Date(2026, 0, 5) }).lawfulBasis).toMatch(
      /Choose the lawful basis/,
    );
    expect(consentProblems({ ...none, consentPurpose: '   ' })).toEqual({});
  });

  it('needs the day consent was given when consent is the lawful basis, as the API does', () => {
    expect(consentProblems({ ...none, lawfulBasis: LawfulBasis.CONSENT }).consentDate).toMatch(/day they gave consent/);
    expect(consentProblems({ ...none, lawfulBasis: LawfulBasis.CONSENT, consentDate: new Date(2026, 0, 5) })).toEqual(
      {},
    );
    expect(consentProblems({ ...none, lawfulBasis: LawfulBasis.LEGITIMATE_INTERESTS })).toEqual({});
  });

  it('marks the control it is about, reading its siblings', () => {
    const form = new FormGroup({
      lawfulBasis: new FormControl<LawfulBasis | null>(null, consentRule('lawfulBasis')),
      consentDate: new FormControl<Date | null>(null, consentRule('consentDate')),
      consentPurpose: new FormControl<string | null>('Invitations to events'),
    });
    form.controls.lawfulBasis.updateValueAndValidity();
    form.controls.consentDate.updateValueAndValidity();
    expect(form.controls.lawfulBasis.errors?.['consent']).toMatch(/lawful basis/);
    expect(form.controls.consentDate.valid).toBe(true);

    form.controls.lawfulBasis.setValue(LawfulBasis.CONSENT);
    form.controls.consentDate.updateValueAndValidity();
    expect(form.controls.lawfulBasis.valid).toBe(true);
    expect(form.controls.consentDate.errors?.['consent']).toMatch(/day they gave consent/);
  });
});

describe('person form ↔ API input', () => {
  it('creates a person private by default, leaving empty fields out', () => {
    const input = toCreatePersonInput({
      ...emptyPersonForm('org1'),
      fullName: '  Amira Haddad ',
      email: ' amira@example.org ',
      phone: '  ',
    });
    expect(input).toEqual({
      fullName: 'Amira Haddad',
      email: 'amira@example.org',
      livedExperience: false,
      communityRepresentative: false,
      visibility: Visibility.PRIVATE,
      ownerOrganisationId: 'org1',
    });
  });

  it('sends consent as an ISO date with its basis and purpose', () => {
    const input = toCreatePersonInput({
      ...emptyPersonForm(),
      fullName: 'Amira',
      lawfulBasis: LawfulBasis.CONSENT,
      consentDate: new Date(2026, 2, 31),
      consentPurpose: 'Updates about the food bank',
    });
    expect(input).toMatchObject({
      lawfulBasis: LawfulBasis.CONSENT,
      consentDate: '2026-03-31',
      consentPurpose: 'Updates about the food bank',
    });
    expect(input).not.toHaveProperty('ownerOrganisationId');
  });

  it('round-trips a person and clears fields with null on update, never the owner', () => {
    const person = {
      id: 'p1',
      version: 3,
      ownerOrganisationId: 'org1',
      visibility: Visibility.PARTNERS,
      archivedAt: null,
      fullName: 'Amira Haddad',
      email: 'amira@example.org',
      phone: '0113 496 0000',
      livedExperience: true,
      communityRepresentative: false,
      lawfulBasis: LawfulBasis.CONSENT,
      consentDate: '2026-03-31',
      consentPurpose: 'Updates',
      privateNotes: 'Prefers phone calls',
      affiliations: [],
    } as PersonDetail;
    const value = toPersonFormValue(person);
    expect(value.consentDate).toEqual(new Date(2026, 2, 31));
    const update = toUpdatePersonInput('p1', 3, { ...value, phone: '', privateNotes: null, ownerOrganisationId: null });
    expect(update).toEqual({
      id: 'p1',
      version: 3,
      fullName: 'Amira Haddad',
      email: 'amira@example.org',
      phone: null,
      livedExperience: true,
      communityRepresentative: false,
      lawfulBasis: LawfulBasis.CONSENT,
      consentDate: '2026-03-31',
      consentPurpose: 'Updates',
      privateNotes: null,
      visibility: Visibility.PARTNERS,
    });
  });

  it('accepts the email addresses the API accepts', () => {
    expect(EMAIL_PATTERN.test('amira@example.org')).toBe(true);
    expect(EMAIL_PATTERN.test('amira@example')).toBe(false);
    expect(EMAIL_PATTERN.test('amira example.org')).toBe(false);
  });
});
