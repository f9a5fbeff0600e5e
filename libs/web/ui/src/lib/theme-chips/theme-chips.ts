import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { MatChipGrid, MatChipInput, MatChipInputEvent, MatChipRemove, MatChipRow } from '@angular/material/chips';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';

/** Adds a theme to a list: trimmed, at most 60 characters, each once whatever its case. */
export function addTheme(themes: readonly string[], typed: string): string[] {
  const theme = typed.trim().replace(/\s+/g, ' ').slice(0, 60);
  if (!theme || themes.some((t) => t.toLowerCase() === theme.toLowerCase())) return [...themes];
  return [...themes, theme];
}

/** Free-text themes as chips: type one and press Enter or a comma; Backspace or × removes. */
@Component({
  selector: 'cg-theme-chips',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatChipGrid, MatChipInput, MatChipRemove, MatChipRow, MatFormField, MatHint, MatLabel],
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ label() }}</mat-label>
      <mat-chip-grid #grid [attr.aria-label]="label() + ', chosen'">
        @for (theme of themes(); track theme) {
          <mat-chip-row (removed)="remove(theme)" data-testid="theme-chip">
            {{ theme }}
            <button matChipRemove type="button" [attr.aria-label]="'Remove ' + theme"><span aria-hidden="true">×</span></button>
          </mat-chip-row>
        }
      </mat-chip-grid>
      <input
        [attr.data-testid]="testId()"
        autocomplete="off"
        [matChipInputFor]="grid"
        [matChipInputAddOnBlur]="true"
        (matChipInputTokenEnd)="add($event)"
      />
      <mat-hint>Type a theme and press Enter or a comma, such as “food poverty”.</mat-hint>
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    mat-form-field {
      inline-size: 100%;
    }
    button[matChipRemove] {
      font-size: 1.25rem;
      line-height: 1;
      border: 0;
      background: none;
      color: inherit;
      cursor: pointer;
    }
  `,
})
export class ThemeChips {
  readonly label = input('Themes');
  readonly testId = input('themes');
  readonly themes = model<readonly string[]>([]);

  protected add(event: MatChipInputEvent): void {
    this.themes.set(addTheme(this.themes(), event.value));
    event.chipInput.clear();
  }

  protected remove(theme: string): void {
    this.themes.set(this.themes().filter((t) => t !== theme));
  }
}
