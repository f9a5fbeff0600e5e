import { FormControl, FormGroup, Validators } from '@angular/forms';
import type { Result } from '@cg/shared/domain';
import { RecordSave } from './record-save';

interface Saved {
  readonly name: string;
  readonly version: number;
}

const conflict = (currentVersion: number) => ({
  errors: [{ message: 'Stale.', extensions: { code: 'CONFLICT', currentVersion } }],
});
const badPlace = {
  errors: [{ message: 'That place is archived.', extensions: { code: 'BAD_USER_INPUT', field: 'placeIds' } }],
};

/** A name form opened on version 4, whose server answers with `answers` in turn. */
function setUp(...answers: Result<Saved>[]) {
  const form = new FormGroup({
    name: new FormControl('Riverside', { nonNullable: true, validators: Validators.required }),
    places: new FormControl<string[]>([], { nonNullable: true }),
  });
  const versions: number[] = [];
  const saved: Saved[] = [];
  const refetch = jest.fn();
  const focusFirstInvalid = jest.fn();
  const failed = jest.fn();
  const flow = new RecordSave<Saved>({
    form,
    openedVersion: () => 4,
    save: async (version) => {
      versions.push(version);
      return answers.shift() ?? { ok: true, value: { name: form.getRawValue().name, version: version + 1 } };
    },
    saved: (record) => void saved.push(record),
    refetch,
    focusFirstInvalid,
    fieldAliases: { placeIds: 'places' },
    failed,
  });
  form.markAsDirty();
  return { form, flow, versions, saved, refetch, focusFirstInvalid, failed };
}

describe('RecordSave', () => {
  it('saves on top of the version opened, then is clean and hands the record on', async () => {
    const { form, flow, versions, saved } = setUp();
    const saving = flow.submit();
    expect(flow.saving()).toBe(true);
    await saving;
    expect(versions).toEqual([4]);
    expect(saved).toEqual([{ name: 'Riverside', version: 5 }]);
    expect(flow.saving()).toBe(false);
    expect(flow.problem()).toBeNull();
    expect(form.pristine).toBe(true);
  });

  it('puts the server’s field messages on the fields, by their form names', async () => {
    const { form, flow, saved, failed } = setUp({ ok: false, error: badPlace });
    await flow.submit();
    expect(flow.problem()?.code).toBe('BAD_USER_INPUT');
    expect(failed).toHaveBeenCalledWith(flow.problem());
    expect(form.controls.places.errors).toEqual({ server: 'That place is archived.' });
    expect(saved).toEqual([]);
    expect(form.dirty).toBe(true);
  });

  it('after a CONFLICT, "keep mine" and saving again both go on top of the current version', async () => {
    const { flow, versions, saved } = setUp({ ok: false, error: conflict(7) }, { ok: false, error: conflict(8) });
    await flow.submit();
    expect(flow.problem()?.currentVersion).toBe(7);
    await flow.keepMine();
    expect(flow.problem()?.currentVersion).toBe(8);
    await flow.submit();
    expect(versions).toEqual([4, 7, 8]);
    expect(saved).toEqual([{ name: 'Riverside', version: 9 }]);
    expect(flow.problem()).toBeNull();
  });

  it('does nothing for "keep mine" without a current version', async () => {
    const { flow, versions } = setUp();
    await flow.keepMine();
    expect(versions).toEqual([]);
  });

  it('does not save an invalid form: it clears the old problem and focuses the first field to fix', async () => {
    const { form, flow, versions, focusFirstInvalid } = setUp({ ok: false, error: badPlace });
    await flow.submit();
    form.controls.name.setValue('');
    await flow.submit();
    expect(versions).toEqual([4]);
    expect(flow.problem()).toBeNull();
    expect(form.controls.name.touched).toBe(true);
    expect(focusFirstInvalid).toHaveBeenCalledTimes(1);
  });

  it('"Reload" fetches again, forgets the conflict and lets the loaded record replace the answers once', async () => {
    const { form, flow, versions, refetch } = setUp({ ok: false, error: conflict(7) });
    await flow.submit();
    flow.reload();
    expect(refetch).toHaveBeenCalledTimes(1);
    expect(flow.problem()).toBeNull();
    form.markAsDirty();
    expect(flow.takesLoadedRecord()).toBe(true);
    expect(flow.takesLoadedRecord()).toBe(false);
    await flow.submit();
    expect(versions).toEqual([4, 4]);
  });

  it('lets a loaded record replace answers nobody has touched', () => {
    const { form, flow } = setUp();
    form.markAsPristine();
    expect(flow.takesLoadedRecord()).toBe(true);
  });

  it('checks what the form owns beside its group, and holds back while something is incomplete', async () => {
    const form = new FormGroup({ name: new FormControl('Riverside', { nonNullable: true }) });
    const role = new FormControl('', { nonNullable: true, validators: Validators.required });
    let picked = false;
    const save = jest.fn(async () => ({ ok: true, value: 1 }) as Result<number>);
    const flow = new RecordSave<number>({
      form,
      alsoCheck: () => [role],
      incomplete: () => !picked,
      openedVersion: () => 0,
      save,
      saved: () => undefined,
      refetch: jest.fn(),
      focusFirstInvalid: jest.fn(),
    });
    await flow.submit();
    expect(role.touched).toBe(true);
    role.setValue('Chair');
    await flow.submit();
    expect(save).not.toHaveBeenCalled();
    picked = true;
    await flow.submit();
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('stays saving through a follow-up step, and ignores a second press meanwhile', async () => {
    const form = new FormGroup({ name: new FormControl('Riverside', { nonNullable: true }) });
    let finish = (): void => undefined;
    const followUp = new Promise<void>((resolve) => (finish = resolve));
    const save = jest.fn(async () => ({ ok: true, value: 1 }) as Result<number>);
    const flow = new RecordSave<number>({
      form,
      openedVersion: () => 0,
      save,
      saved: () => followUp,
      refetch: jest.fn(),
      focusFirstInvalid: jest.fn(),
    });
    const first = flow.submit();
    await flow.submit();
    await Promise.resolve();
    expect(flow.saving()).toBe(true);
    finish();
    await first;
    expect(flow.saving()).toBe(false);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('sends a second write through the same rule, and "keep mine" repeats the write that met the conflict', async () => {
    const { flow, versions, saved } = setUp({ ok: false, error: conflict(7) });
    const ends: number[] = [];
    const ended: string[] = [];
    const end = async (version: number): Promise<Result<string>> => {
      ends.push(version);
      return ends.length === 1 ? { ok: false, error: conflict(9) } : { ok: true, value: 'ended' };
    };
    await flow.submit();
    await flow.also(end, (value) => void ended.push(value));
    expect(ends).toEqual([7]);
    expect(flow.problem()?.currentVersion).toBe(9);
    await flow.keepMine();
    expect(ends).toEqual([7, 9]);
    expect(ended).toEqual(['ended']);
    expect(versions).toEqual([4]);
    expect(saved).toEqual([]);
    expect(flow.problem()).toBeNull();
  });
});
