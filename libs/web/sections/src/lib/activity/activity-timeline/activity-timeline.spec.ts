import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ActivityEditor, ActivityEntry, ActivityKind } from '@cg/web/data-access';
import { ActivityTimeline, shownEntries } from './activity-timeline';

function entry(id: string, version = 1, title = `Entry ${id}`): ActivityEntry {
  return {
    id,
    version,
    date: '2026-05-01',
    kind: ActivityKind.MEETING,
    title,
    notes: null,
    attendance: null,
    projectId: 'p1',
    partnershipId: null,
    place: null,
    organisations: [],
    people: [],
  };
}

describe('shownEntries', () => {
  it('hides entries archived here and shows the newest version of each', () => {
    const entries = [entry('a'), entry('b'), entry('c', 5)];
    const changed = new Map([
      ['b', entry('b', 2, 'Edited')],
      ['c', entry('c', 3, 'Older than the page’s')],
    ]);
    expect(shownEntries(entries, changed, new Set(['a'])).map((e) => [e.id, e.title])).toEqual([
      ['b', 'Edited'],
      ['c', 'Entry c'],
    ]);
  });
});

describe('ActivityTimeline', () => {
  const editor = { archive: jest.fn(), restore: jest.fn(), update: jest.fn(), current: jest.fn() };

  function render(mayChange: boolean) {
    TestBed.configureTestingModule({ providers: [provideRouter([]), { provide: ActivityEditor, useValue: editor }] });
    const fixture = TestBed.createComponent(ActivityTimeline);
    fixture.componentRef.setInput('entries', [entry('a', 1, 'Steering group'), entry('b')]);
    fixture.componentRef.setInput('mayChange', mayChange);
    fixture.detectChanges();
    return fixture;
  }

  const text = (fixture: { nativeElement: HTMLElement }) => fixture.nativeElement.textContent ?? '';
  const buttons = (fixture: { nativeElement: HTMLElement }, testId: string) =>
    Array.from(fixture.nativeElement.querySelectorAll<HTMLButtonElement>(`[data-testid="${testId}"]`));

  beforeEach(() => jest.resetAllMocks());

  it('offers no edit or archive to people who may not change the log', () => {
    const fixture = render(false);
    expect(buttons(fixture, 'activity-edit')).toHaveLength(0);
    expect(buttons(fixture, 'activity-archive')).toHaveLength(0);
  });

  it('archives an entry out of sight with Undo, and Undo brings it back', async () => {
    editor.archive.mockResolvedValue({ ok: true, value: entry('a', 2, 'Steering group') });
    editor.restore.mockResolvedValue({ ok: true, value: entry('a', 3, 'Steering group') });
    const fixture = render(true);
    const archived: string[] = [];
    fixture.componentInstance.archived.subscribe((e) => archived.push(e.id));

    buttons(fixture, 'activity-archive')[0].click();
    await fixture.whenStable();
    expect(editor.archive).toHaveBeenCalledWith(expect.objectContaining({ id: 'a', version: 1 }));
    expect(fixture.nativeElement.querySelectorAll('.entry')).toHaveLength(1);
    expect(text(fixture)).toContain('Archived “Steering group”');
    expect(archived).toEqual(['a']);

    buttons(fixture, 'activity-undo')[0].click();
    await fixture.whenStable();
    expect(editor.restore).toHaveBeenCalledWith(expect.objectContaining({ id: 'a', version: 2 }));
    expect(fixture.nativeElement.querySelectorAll('.entry')).toHaveLength(2);
    expect(text(fixture)).toContain('Restored “Steering group”');
  });

  it('says in plain words when archiving is refused, and keeps the entry', async () => {
    editor.archive.mockResolvedValue({
      ok: false,
      error: { errors: [{ message: 'Your role does not allow you to change this activity.', extensions: { code: 'FORBIDDEN' } }] },
    });
    const fixture = render(true);
    buttons(fixture, 'activity-archive')[0].click();
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelectorAll('.entry')).toHaveLength(2);
    expect(text(fixture)).toContain('was not archived. You do not have permission to do this.');
  });
});
