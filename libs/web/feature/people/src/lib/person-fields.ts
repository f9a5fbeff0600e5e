import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { CreatePersonInput, LawfulBasis, PersonDetail, UpdatePersonInput, Visibility } from '@cg/web/data-access';
import { fromIsoDate, toIsoDate } from '@cg/web/ui';

/** The person form's answers. */
export interface PersonFormValue {
  fullName: string;
  email: string | null;
  phone: string | null;
  livedExperience: boolean;
  communityRepresentative: boolean;
  lawfulBasis: LawfulBasis | null;
  consentDate: Date | null;
  consentPurpose: string | null;
  privateNotes: string | null;
  ownerOrganisationId: string | null;
  visibility: Visibility;
}

/** Personal data is private unless someone chooses otherwise (UK GDPR: data protection by default). */
export function emptyPersonForm(ownerOrganisationId: string | null = null): PersonFormValue {
  return {
    fullName: '',
    email: null,
    phone: null,
    livedExperience: false,
    communityRepresentative: false,
    lawfulBasis: null,
    consentDate: null,
    consentPurpose: null,
    privateNotes: null,
    ownerOrganisationId,
    visibility: Visibility.PRIVATE,
  };
}

export function toPersonFormValue(person: PersonDetail): PersonFormValue {
  return {
    fullName: person.fullName,
    email: person.email,
    phone: person.phone,
    livedExperience: person.livedExperience,
    communityRepresentative: person.communityRepresentative,
    lawfulBasis: person.lawfulBasis,
    consentDate: fromIsoDate(person.consentDate as string | null),
    consentPurpose: person.consentPurpose,
    privateNotes: person.privateNotes,
    ownerOrganisationId: person.ownerOrganisationId,
    visibility: person.visibility,
  };
}

function fields(value: PersonFormValue) {
  return {
    fullName: value.fullName.trim(),
    email: value.email?.trim() || null,
    phone: value.phone?.trim() || null,
    livedExperience: value.livedExperience,
    communityRepresentative: value.communityRepresentative,
    lawfulBasis: value.lawfulBasis,
    consentDate: value.consentDate ? toIsoDate(value.consentDate) : null,
    consentPurpose: value.consentPurpose?.trim() || null,
    privateNotes: value.privateNotes?.trim() || null,
    visibility: value.visibility,
    // Never cleared: a record without an owner could only be changed by an instance admin.
    ...(value.ownerOrganisationId ? { ownerOrganisationId: value.ownerOrganisationId } : {}),
  };
}

/** A new person as the API takes it; empty optional fields are left out. */
export function toCreatePersonInput(value: PersonFormValue): CreatePersonInput {
  const all = fields(value);
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== null)) as CreatePersonInput;
}

/** Changes to a person; clearing a field sends null. */
export function toUpdatePersonInput(id: string, version: number, value: PersonFormValue): UpdatePersonInput {
  return { id, version, ...fields(value) };
}

/** What is wrong with the consent answers, by field, in words; empty when nothing is. */
export interface ConsentProblems {
  lawfulBasis?: string;
  consentDate?: string;
}

/**
 * The consent rules. Consent details (a date or what it is for) need a lawful basis to stand on,
 * and consent as the lawful basis needs the day it was given, as the API insists.
 */
export function consentProblems(value: {
  readonly lawfulBasis: LawfulBasis | null;
  readonly consentDate: Date | null;
  readonly consentPurpose: string | null;
}): ConsentProblems {
  const problems: ConsentProblems = {};
  const detailsGiven = !!value.consentDate || !!value.consentPurpose?.trim();
  if (detailsGiven && !value.lawfulBasis) {
    problems.lawfulBasis = 'Choose the lawful basis for holding their details, as you have recorded consent details.';
  }
  if (value.lawfulBasis === LawfulBasis.CONSENT && !value.consentDate) {
    problems.consentDate = 'Enter the day they gave consent, as consent is the lawful basis.';
  }
  return problems;
}

/**
 * A validator for one consent control (lawfulBasis or consentDate) that reads its siblings; the
 * form re-runs it when they change. The error's value is the sentence to show.
 */
export function consentRule(field: keyof ConsentProblems): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const group = control.parent;
    if (!group) return null;
    const message = consentProblems({
      lawfulBasis: group.get('lawfulBasis')?.value ?? null,
      consentDate: group.get('consentDate')?.value ?? null,
      consentPurpose: group.get('consentPurpose')?.value ?? null,
    })[field];
    return message ? { consent: message } : null;
  };
}

/** An address with something before and after the @ and a dot in the domain, as the API requires. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
