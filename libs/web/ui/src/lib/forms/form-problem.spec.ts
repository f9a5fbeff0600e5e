import { TestBed } from '@angular/core/testing';
import { FormProblem } from './graphql-problem';
import { FormProblemNotice } from './form-problem';

function render(problem: FormProblem | null) {
  const fixture = TestBed.createComponent(FormProblemNotice);
  fixture.componentRef.setInput('problem', problem);
  fixture.componentRef.setInput('what', 'membership');
  fixture.detectChanges();
  return fixture;
}

describe('FormProblemNotice', () => {
  it('shows nothing without a problem', () => {
    expect(render(null).nativeElement.textContent.trim()).toBe('');
  });

  it('shows a refusal in plain words as an alert', () => {
    const fixture = render({ code: 'FORBIDDEN', message: 'You do not have permission to do this.', fieldErrors: {}, currentVersion: null });
    const alert = fixture.nativeElement.querySelector('[role="alert"]');
    expect(alert.textContent).toContain('Not allowed');
    expect(alert.textContent).toContain('You do not have permission to do this.');
  });

  it('offers reload or keep mine for a stale version, and says which was chosen', () => {
    const fixture = render({ code: 'CONFLICT', message: 'Stale.', fieldErrors: {}, currentVersion: 3 });
    const chosen: string[] = [];
    fixture.componentInstance.reload.subscribe(() => chosen.push('reload'));
    fixture.componentInstance.keepMine.subscribe(() => chosen.push('keep'));
    const notice: HTMLElement = fixture.nativeElement.querySelector('[data-testid="conflict-notice"]');
    expect(notice.textContent).toContain('Someone changed this');
    expect(notice.textContent).toContain('membership');
    const [reload, keep] = Array.from(notice.querySelectorAll('button'));
    expect(reload.textContent?.trim()).toBe('Reload');
    expect(keep.textContent?.trim()).toBe('Keep mine');
    reload.click();
    keep.click();
    expect(chosen).toEqual(['reload', 'keep']);
  });
});
