import { ChangeDetectionStrategy, Component, ViewEncapsulation, input } from '@angular/core';

/** One column heading of a results table. */
export interface ResultsColumn {
  readonly label: string;
  /** Figures line up on the right. */
  readonly numeric?: boolean;
  /** An abbreviation before the label, spelled out on hover: IMD before "decile". */
  readonly abbreviation?: { readonly short: string; readonly title: string };
}

/**
 * The table of a list page's results (partnerships, projects, places): a caption for screen
 * readers, the column headings, and the page's own rows (projected `<tr>`s, a `<th scope="row">`
 * first). Unencapsulated, so its look reaches the projected rows, which belong to the page.
 */
@Component({
  selector: 'cg-results-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  template: `
    <table class="results-table" data-testid="results-table">
      <caption class="cg-visually-hidden">{{ caption() }}</caption>
      <thead>
        <tr>
          @for (column of columns(); track column.label) {
            <th scope="col" [class.number]="column.numeric">
              @if (column.abbreviation; as abbreviation) {
                <abbr [title]="abbreviation.title">{{ abbreviation.short }}</abbr>
              }
              {{ column.label }}
            </th>
          }
        </tr>
      </thead>
      <tbody>
        <ng-content />
      </tbody>
    </table>
  `,
  styleUrl: './results-table.scss',
})
export class ResultsTable {
  /** Read before the table: "Partnerships, showing 1–20 of 57 partnerships". */
  readonly caption = input.required<string>();
  readonly columns = input.required<readonly ResultsColumn[]>();
}
