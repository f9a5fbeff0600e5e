import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { PlaceEditor, PlaceFields, PlaceChoice, SessionStore, whyNoNewPlace } from '@cg/web/data-access';
import { LoadingState } from '@cg/web/ui';
import { PlaceForm } from '../place-form/place-form';

/** "Add a community-defined place": inside the place in `?parent=` (or one chosen here), then its page. */
@Component({
  selector: 'cg-place-create-page',
  host: { class: 'cg-record-page' },
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadingState, MatButton, PlaceForm, RouterLink],
  template: `
    <p class="back"><a routerLink="/places">All places</a></p>
    <h1 class="page-title">Add a community-defined place</h1>
    @if (readOnlyReason(); as reason) {
      <p class="lead" data-testid="read-only-reason">{{ reason }}</p>
      <p><a mat-flat-button routerLink="/places">See all places</a></p>
    } @else if (loadingParent()) {
      <cg-loading-state label="Loading the place it lies within…" />
    } @else {
      <p class="lead">
        A neighbourhood, an estate or any area people there recognise, inside an official place. Your organisation will own it,
        and its administrators can change it later.
      </p>
      <section class="panel" aria-label="New place">
        <cg-place-form [parent]="parentOption()" (saved)="open($event)" (cancelled)="back()" />
      </section>
    }
  `,
  styles: `
    .panel {
      padding: 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface);
    }
  `,
})
export class PlaceCreatePage {
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  private readonly editor = inject(PlaceEditor);

  /** The route's `?parent=`: the place the new one lies within, when chosen already. */
  readonly parent = input<string | undefined>();

  protected readonly readOnlyReason = computed(() => whyNoNewPlace(this.session.user()));
  protected readonly parentOption = signal<PlaceChoice | null>(null);
  protected readonly loadingParent = signal(false);

  constructor() {
    effect(() => {
      const id = this.parent();
      if (id) void this.loadParent(id);
    });
  }

  private async loadParent(id: string): Promise<void> {
    this.loadingParent.set(true);
    this.parentOption.set(await this.editor.option(id));
    this.loadingParent.set(false);
  }

  protected open(place: PlaceFields): void {
    void this.router.navigate(['/places', place.id]);
  }

  protected back(): void {
    const parent = this.parent();
    void this.router.navigate(parent ? ['/places', parent] : ['/places']);
  }
}
