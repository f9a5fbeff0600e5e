import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { RecordHeader } from './record-header';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RecordHeader],
  template: `
    <cg-record-header [name]="name()" [cannotChange]="reason()">
      <p recordLead class="lead">Active · since 01/04/2026</p>
      <ng-container recordActions><button type="button">Edit partnership</button></ng-container>
      <div role="status">Saved</div>
    </cg-record-header>
  `,
})
class Page {
  readonly name = signal('Harrowby Food Partnership');
  readonly reason = signal('');
}

function render() {
  TestBed.inject(Title).setTitle('Partnership – Common Ground');
  const fixture = TestBed.createComponent(Page);
  fixture.detectChanges();
  return { fixture, element: fixture.nativeElement as HTMLElement, title: TestBed.inject(Title) };
}

describe('RecordHeader', () => {
  it('heads the page with the name, then the lead, the actions and what the page adds, in that order', () => {
    const { element } = render();
    const header = element.querySelector('header.heading') as HTMLElement;
    expect(
      Array.from(header.children).map((child) => child.tagName + (child.className ? '.' + child.className : '')),
    ).toEqual(['H1.page-title', 'P.lead', 'DIV.record-actions', 'DIV']);
    expect(header.querySelector('h1')?.textContent).toBe('Harrowby Food Partnership');
    expect(header.querySelector('.record-actions button')?.textContent).toBe('Edit partnership');
  });

  it('names the browser tab after the record, keeping the rest of the title', () => {
    const { fixture, title } = render();
    expect(title.getTitle()).toBe('Harrowby Food Partnership – Common Ground');
    fixture.componentInstance.name.set('Harrowby Food Network');
    fixture.detectChanges();
    expect(title.getTitle()).toBe('Harrowby Food Network – Common Ground');
  });

  it('says why the record cannot be changed only when it cannot', () => {
    const { fixture, element } = render();
    expect(element.querySelector('[data-testid="edit-reason"]')).toBeNull();
    fixture.componentInstance.reason.set('Only administrators can change it.');
    fixture.detectChanges();
    expect(element.querySelector('[data-testid="edit-reason"]')?.textContent).toBe(
      'Only administrators can change it.',
    );
  });
});
