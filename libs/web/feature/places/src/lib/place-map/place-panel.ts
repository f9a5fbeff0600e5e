import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output } from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import {
  COUNTED_FUNDING_WORDS,
  FUNDER_OVERLAP_WORDS,
  FUNDING_IN_PLACE_WORDS,
  FUNDING_PER_HEAD_WORDS,
  PLACE_FIGURE_WORDS,
  PLACE_LEVEL_LABELS,
} from '@cg/shared/domain';
import { PlaceFundersStore, PlaceLevel, PlaceShapeData, describeDecile } from '@cg/web/data-access';
import { formatCount, formatPounds, formatPoundsPerHead } from '@cg/web/ui';

/**
 * The area picked on the place map: its figures (place analytics, each with how it is worked out),
 * the funders already funding there, so a funder can see who to co-fund with, and a way in.
 */
@Component({
  selector: 'cg-place-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatIconButton, RouterLink],
  providers: [PlaceFundersStore],
  template: `
    <section class="panel" [attr.aria-labelledby]="'panel-heading'" data-testid="place-panel">
      <header class="panel-head">
        <h2 id="panel-heading" tabindex="-1" class="panel-title">{{ shape().name }}</h2>
        <button mat-icon-button type="button" aria-label="Close the place panel" (click)="closed.emit()">✕</button>
      </header>
      <p class="level">{{ levelLabels[shape().level] }} · {{ shape().code }}</p>
      <dl class="figures" data-testid="panel-analytics">
        <div>
          <dt>Deprivation</dt>
          <dd data-testid="panel-decile">{{ decile(shape().imdDecile) }}</dd>
        </div>
        @if (analytics()?.imdRank; as rank) {
          <div>
            <dt>IMD rank</dt>
            <dd>{{ count(rank) }}</dd>
          </div>
        }
        <div>
          <dt>Population</dt>
          <dd>{{ shape().population === null ? 'Not known' : count(shape().population ?? 0) }}</dd>
        </div>
        @if (analytics(); as figures) {
          <div>
            <dt>Organisations</dt>
            <dd data-testid="panel-organisations">{{ count(figures.organisationCount) }}</dd>
          </div>
          <div>
            <dt>Partnerships</dt>
            <dd data-testid="panel-partnerships">
              {{ count(figures.activePartnershipCount) }} active ({{ count(shape().livePartnershipCount) }} not closed)
            </dd>
          </div>
          <div>
            <dt>Projects</dt>
            <dd data-testid="panel-projects">
              {{ count(figures.activeProjectCount) }} active ({{ count(shape().liveProjectCount) }} live)
            </dd>
          </div>
          <div>
            <dt>Funding</dt>
            <dd data-testid="panel-funding">{{ pounds(figures.fundingTotal) }} ({{ grants(figures.grantCount) }})</dd>
          </div>
          <div>
            <dt>Funding per head</dt>
            <dd data-testid="panel-per-head">
              {{ figures.fundingPerHead === null ? 'Not known' : perHead(figures.fundingPerHead) }}
            </dd>
          </div>
        } @else {
          <div>
            <dt>Work here</dt>
            <dd>Not known</dd>
          </div>
        }
      </dl>
      <details class="how" data-testid="panel-how">
        <summary>How these figures are worked out</summary>
        <dl>
          @for (line of how; track line.figure) {
            <dt>{{ line.figure }}</dt>
            <dd>{{ line.words }}</dd>
          }
        </dl>
      </details>

      <section class="funders" aria-labelledby="panel-funders-heading" data-testid="panel-funders">
        <h3 id="panel-funders-heading" class="funders-title">Funders here</h3>
        @switch (funders().status) {
          @case ('ready') {
            @if (funderList(); as overlap) {
              @if (overlap.funders.length === 0) {
                <p class="muted" data-testid="panel-funders-summary">
                  No funder has awarded or paid funding here that you can see.
                </p>
              } @else {
                <p class="muted" data-testid="panel-funders-summary">
                  {{ overlap.funderCount === 1 ? 'One funder funds' : count(overlap.funderCount) + ' funders fund' }}
                  here, {{ pounds(overlap.fundingTotal) }} in all: talk to them about funding together.
                </p>
                <ul class="funder-list">
                  @for (share of overlap.funders; track share.funderId) {
                    <li data-testid="panel-funder">
                      @if (share.funder; as funder) {
                        <a [routerLink]="['/organisations', funder.id]">{{ funder.name }}</a>
                      } @else {
                        <span>A funder hidden from you</span>
                      }
                      <span class="amount">{{ pounds(share.fundingTotal) }} · {{ grants(share.grantCount) }}</span>
                    </li>
                  }
                </ul>
              }
            }
          }
          @case ('error') {
            <p class="muted">The funders here could not be loaded just now.</p>
          }
          @default {
            <p class="muted">Finding the funders here…</p>
          }
        }
      </section>

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
    .how summary {
      cursor: pointer;
      color: var(--mat-sys-primary);
    }
    .how dl {
      margin: 0.5rem 0 0;
      font: var(--mat-sys-body-small);
    }
    .how dd {
      margin: 0 0 0.5rem;
      text-align: start;
    }
    .funders {
      display: grid;
      gap: 0.25rem;
    }
    .funders-title {
      margin: 0;
      font: var(--mat-sys-title-small);
    }
    .muted {
      margin: 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .funder-list {
      display: grid;
      gap: 0.25rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .funder-list li {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0 1rem;
    }
    .amount {
      font-variant-numeric: tabular-nums;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
})
export class PlacePanel {
  private readonly fundersStore = inject(PlaceFundersStore);

  readonly shape = input.required<PlaceShapeData>();
  /** Whether the map can show smaller places inside this one. */
  readonly canZoom = input(false);
  readonly closed = output<void>();
  readonly zoomIn = output<PlaceShapeData>();

  protected readonly levelLabels: Readonly<Record<PlaceLevel, string>> = PLACE_LEVEL_LABELS;
  protected readonly decile = describeDecile;
  protected readonly count = formatCount;
  protected readonly pounds = formatPounds;
  protected readonly perHead = formatPoundsPerHead;
  protected readonly grants = (n: number) => `${formatCount(n)} grant${n === 1 ? '' : 's'}`;
  protected readonly analytics = computed(() => this.shape().analytics ?? null);
  protected readonly funders = this.fundersStore.state;
  protected readonly funderList = computed(() => {
    const state = this.funders();
    return state.status === 'ready' ? state.value : null;
  });

  /** Each figure with how it is worked out, in the words the API's descriptions use. */
  protected readonly how = [
    { figure: 'Deprivation', words: PLACE_FIGURE_WORDS.imdDecile },
    { figure: 'Population', words: PLACE_FIGURE_WORDS.population },
    { figure: 'Organisations', words: PLACE_FIGURE_WORDS.organisations },
    {
      figure: 'Partnerships',
      words: `${PLACE_FIGURE_WORDS.activePartnerships} “Not closed” counts every partnership that has not closed.`,
    },
    {
      figure: 'Projects',
      words: `${PLACE_FIGURE_WORDS.activeProjects} “Live” counts those planned, active or paused.`,
    },
    { figure: 'Funding', words: FUNDING_IN_PLACE_WORDS },
    { figure: 'Funding per head', words: FUNDING_PER_HEAD_WORDS },
    {
      figure: 'Funders here',
      words: `Each funder’s counted grants reaching inside the place, largest first. ${FUNDER_OVERLAP_WORDS} ${COUNTED_FUNDING_WORDS}`,
    },
  ];

  constructor() {
    effect(() => this.fundersStore.load(this.shape().id));
  }
}
