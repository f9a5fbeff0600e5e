import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output } from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { PLACE_LEVEL_LABELS, PlaceLevel, PlacePageStore, PlaceShapeData, describeDecile } from '@cg/web/data-access';
import { formatCount } from '@cg/web/ui';

/** The area picked on the place map: its figures, the work in it (as on its place page) and a way in. */
@Component({
  selector: 'cg-place-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatIconButton, RouterLink],
  providers: [PlacePageStore],
  template: `
    <section class="panel" [attr.aria-labelledby]="'panel-heading'" data-testid="place-panel">
      <header class="panel-head">
        <h2 id="panel-heading" tabindex="-1" class="panel-title">{{ shape().name }}</h2>
        <button mat-icon-button type="button" aria-label="Close the place panel" (click)="closed.emit()">✕</button>
      </header>
      <p class="level">{{ levelLabels[shape().level] }} · {{ shape().code }}</p>
      <dl class="figures">
        <div>
          <dt>Deprivation</dt>
          <dd data-testid="panel-decile">{{ decile(shape().imdDecile) }}</dd>
        </div>
        <div>
          <dt>Population</dt>
          <dd>{{ shape().population === null ? 'Not known' : count(shape().population ?? 0) }}</dd>
        </div>
        @if (counts(); as counts) {
          <div>
            <dt>Organisations</dt>
            <dd data-testid="panel-organisations">{{ count(counts.organisations) }}</dd>
          </div>
          <div>
            <dt>Partnerships</dt>
            <dd data-testid="panel-partnerships">
              {{ count(counts.partnerships) }} ({{ count(shape().livePartnershipCount) }} live)
            </dd>
          </div>
          <div>
            <dt>Projects</dt>
            <dd data-testid="panel-projects">
              {{ count(counts.projects) }} ({{ count(shape().liveProjectCount) }} live)
            </dd>
          </div>
        } @else if (failed()) {
          <div>
            <dt>Work here</dt>
            <dd>Could not be loaded just now.</dd>
          </div>
        } @else {
          <div>
            <dt>Work here</dt>
            <dd>Counting…</dd>
          </div>
        }
      </dl>
      <div class="actions">
        @if (canZoom()) {
          <button mat-flat-button type="button" data-testid="zoom-in" (click)="zoomIn.emit(shape())">
            Show wards and small areas
          </button>
        }
        <a mat-stroked-button [routerLink]="['/places', shape().id]">Open the place page</a>
      </div>
    </section>
  `,
  styles: `
    .panel {
      display: grid;
      gap: 0.5rem;
      padding: 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);
    }
    .panel-head {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem;
    }
    .panel-title {
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    .level {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .figures {
      display: grid;
      gap: 0.25rem;
      margin: 0;
    }
    .figures div {
      display: flex;
      justify-content: space-between;
      gap: 1rem;
    }
    dt {
      font-weight: 500;
    }
    dd {
      margin: 0;
      text-align: end;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
})
export class PlacePanel {
  private readonly store = inject(PlacePageStore);

  readonly shape = input.required<PlaceShapeData>();
  /** Whether the map can show smaller places inside this one. */
  readonly canZoom = input(false);
  readonly closed = output<void>();
  readonly zoomIn = output<PlaceShapeData>();

  protected readonly levelLabels: Readonly<Record<PlaceLevel, string>> = PLACE_LEVEL_LABELS;
  protected readonly decile = describeDecile;
  protected readonly count = formatCount;
  protected readonly counts = computed(() => {
    const state = this.store.state();
    return state.status === 'ready' ? state.counts : null;
  });
  protected readonly failed = computed(() => ['error', 'not-found'].includes(this.store.state().status));

  constructor() {
    effect(() => this.store.load(this.shape().id));
  }
}
