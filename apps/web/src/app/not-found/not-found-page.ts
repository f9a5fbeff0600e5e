import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

/** Shown for any address the app does not know. */
@Component({
  selector: 'cg-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <h1>Page not found</h1>
    <p>There is no page at this address. Check it for typing mistakes, or go to the <a routerLink="/">home page</a>.</p>
  `,
  styles: `
    h1 {
      margin: 0 0 1rem;
      font: var(--mat-sys-headline-large);
    }
  `,
})
export class NotFoundPage {}
