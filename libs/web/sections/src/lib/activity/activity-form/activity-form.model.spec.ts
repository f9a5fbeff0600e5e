import { ActivityEntry, ActivityKind, PlaceLevel } from '@cg/web/data-access';
import { NO_ACTIVITY_CHOICES, activityChoices, activityFormValue, createActivityForm, toActivityFields } from './activity-form.model';

const saved: ActivityEntry = {
  id: 'a1',
  version: 4,
  date: '2026-03-05',
  kind: ActivityKind.WORKSHOP,
  title: 'Co-design session',
  notes: null,
  attendance: 18,
  projectId: 'p1',
  partnershipId: null,
  place: { id: 'ward-1', name: 'Millbrook', level: PlaceLevel.WARD },
  organisations: [{ id: 'org-a', name: 'Alpha Trust' }],
  people: [{ id: 'person-1', fullName: 'Rhys Evans' }],
};

describe('activity form model', () => {
  it('asks for a title and a whole, non-negative attendance, as logging and editing both do', () => {
    const form = createActivityForm();
    expect(form.controls.title.hasError('required')).toBe(true);
    expect(form.controls.kind.value).toBe(ActivityKind.MEETING);
    form.controls.attendance.setValue(-1);
    expect(form.controls.attendance.hasError('min')).toBe(true);
    form.controls.attendance.setValue(2.5);
    expect(form.controls.attendance.hasError('pattern')).toBe(true);
    form.patchValue({ title: 'Drop-in', attendance: 3 });
    expect(form.valid).toBe(true);
  });

  it('fills the form from a saved activity and sends the same answers back unchanged', () => {
    const form = createActivityForm();
    form.reset(activityFormValue(saved));
    const fields = toActivityFields(form.getRawValue(), activityChoices(saved));
    expect(fields).toEqual({
      date: '2026-03-05',
      kind: ActivityKind.WORKSHOP,
      title: 'Co-design session',
      notes: null,
      attendance: 18,
      placeId: 'ward-1',
      organisationIds: ['org-a'],
      personIds: ['person-1'],
    });
  });

  it('clears the place and the lists when nothing is chosen, so an edit can remove them', () => {
    const fields = toActivityFields({ ...activityFormValue(saved), notes: '  ' }, NO_ACTIVITY_CHOICES);
    expect(fields).toMatchObject({ placeId: null, organisationIds: [], personIds: [], notes: null });
  });
});
