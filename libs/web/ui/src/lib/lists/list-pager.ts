import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';

/** "Previous page · Page 2 · Next page" under a list that pages by cursor (see UrlListPage). */
@Component({
  selector: 'cg-list-pager',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton],
  template: `
    <nav class="pager" [attr.aria-label]="label()">
      <button mat-stroked-button type="button" [disabled]="pageNumber() <= 1" (click)="previous.emit()">Previous page</button>
      <span class="page-number">Page {{ pageNumber() }}</span>
      <button mat-stroked-button type="button" [disabled]="!hasNextPage()" (click)="next.emit()">Next page</button>
    </nav>
  `,
  styles: `
    :host {
      display: block;
    }
    .pager {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 1rem;
    }
    .page-number {
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class ListPager {
  readonly pageNumber = input.required<number>();
  readonly hasNextPage = input.required<boolean>();
  /** What the pages are of, for screen readers. */
  readonly label = input('Pages of results');
  readonly previous = output<void>();
  readonly next = output<void>();
}
