import { ChangeDetectionStrategy, Component, effect, inject, input } from '@angular/core';
import { Title } from '@angular/platform-browser';

/**
 * The head of a partnership or project page once its record is there: the name (which also names
 * the browser tab), the page's lead line (`[recordLead]`), its action buttons (`[recordActions]`),
 * and why the person may not change the record when they may not. What else the page puts inside
 * (an "Archive?" question, its "Changes saved" status) follows, under the page's own styles.
 */
@Component({
  selector: 'cg-record-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="heading">
      <h1 class="page-title">{{ name() }}</h1>
      <ng-content select="[recordLead]" />
      <div class="record-actions">
        <ng-content select="[recordActions]" />
      </div>
      @if (cannotChange()) {
        <p class="muted" data-testid="edit-reason">{{ cannotChange() }}</p>
      }
      <ng-content />
    </header>
  `,
  styles: `
    :host {
      display: contents;
    }
    .record-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
      margin-block: 0.75rem 0.25rem;
    }
  `,
})
export class RecordHeader {
  /** The record's name: the page's heading and the first part of the tab's title. */
  readonly name = input.required<string>();
  /** Why this person may not change the record; empty when they may. */
  readonly cannotChange = input('');

  constructor() {
    const title = inject(Title);
    effect(() => {
      // "Harrowby Food Partnership – Common Ground": the record's name takes the place of the route's.
      const [, ...rest] = title.getTitle().split(' – ');
      title.setTitle([this.name(), ...rest].join(' – '));
    });
  }
}
