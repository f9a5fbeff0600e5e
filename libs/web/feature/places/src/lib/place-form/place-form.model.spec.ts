import { Visibility } from '@cg/web/data-access';
import { createPlaceForm, placeFormValue, toCreatePlaceInput, toUpdatePlaceInput } from './place-form.model';

describe('place form model', () => {
  it('asks for a name of at least two letters and a code the API accepts', () => {
    const form = createPlaceForm();
    expect(form.controls.name.hasError('required')).toBe(true);
    form.controls.name.setValue('X');
    expect(form.controls.name.hasError('minlength')).toBe(true);
    form.controls.code.setValue('has spaces');
    expect(form.controls.code.hasError('pattern')).toBe(true);
    form.patchValue({ name: 'Hillside estate', code: 'hillside-estate', population: 1200 });
    expect(form.valid).toBe(true);
  });

  it('leaves the code for the API to make when none is given, and trims the name', () => {
    const value = { ...createPlaceForm().getRawValue(), name: '  Hillside estate ', population: null };
    expect(toCreatePlaceInput('ward-1', value)).toEqual({ parentId: 'ward-1', name: 'Hillside estate', visibility: Visibility.PUBLIC });
    expect(toCreatePlaceInput('ward-1', { ...value, code: ' HS-1 ', population: 900 })).toMatchObject({ code: 'HS-1', population: 900 });
  });

  it('names the owning organisation only when one was chosen', () => {
    const value = { ...createPlaceForm().getRawValue(), name: 'Hillside estate' };
    expect(toCreatePlaceInput('ward-1', value)).not.toHaveProperty('ownerOrganisationId');
    expect(toCreatePlaceInput('ward-1', { ...value, owner: 'org-2' })).toMatchObject({ ownerOrganisationId: 'org-2' });
  });

  it('sends a cleared population as null on edit, so it can be removed', () => {
    const value = placeFormValue({ name: 'Hillside', code: 'HS-1', population: 900, visibility: Visibility.PARTNERS });
    expect(toUpdatePlaceInput('p1', 3, { ...value, population: null })).toEqual({
      id: 'p1',
      version: 3,
      name: 'Hillside',
      population: null,
      visibility: Visibility.PARTNERS,
    });
  });
});
