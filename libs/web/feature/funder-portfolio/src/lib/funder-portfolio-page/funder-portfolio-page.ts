import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  FunderPortfolioStore,
  PortfolioFunderOption,
  SessionStore,
  describeDecile,
  funderChoices,
} from '@cg/web/data-access';
import {
  CO_FUNDER_WORDS,
  CO_FUNDING_WORDS,
  COMMITMENTS_AHEAD_WORDS,
  COUNTED_FUNDING_WORDS,
  DECILE_SHARE_WORDS,
  FUNDING_PERIOD_WORDS,
  GRANTEE_PARTNERSHIP_WORDS,
  PORTFOLIO_PLACE_WORDS,
  PORTFOLIO_YEAR_WORDS,
} from '@cg/shared/domain';
import { EmptyState, ErrorState, LoadingState, downloadFile, formatCount, formatPounds, formatPoundsPerHead } from '@cg/web/ui';
import { map } from 'rxjs';
import { grantsAwardedIn, grantsCsv } from '../grants-csv';
import { YearBarChart } from '../year-bar-chart/year-bar-chart';

/**
 * Everything a funder's organisation funds: totals by year, by local authority and by IMD
 * decile, commitments ahead, its grantees' partnerships and who else funds them, and the grants
 * as CSV. Members see their own organisation; instance admins may choose any funder.
 */
@Component({
  selector: 'cg-funder-portfolio-page',
  host: { class: 'cg-record-page' },
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EmptyState, ErrorState, LoadingState, MatButton, RouterLink, YearBarChart],
  providers: [FunderPortfolioStore],
  templateUrl: './funder-portfolio-page.html',
  styleUrl: './funder-portfolio-page.scss',
})
export class FunderPortfolioPage {
  private readonly store = inject(FunderPortfolioStore);
  private readonly session = inject(SessionStore);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);

  private readonly asked = toSignal(this.route.queryParamMap.pipe(map((params) => params.get('funder'))), {
    initialValue: null,
  });
  /** The calendar year of awards asked for in the URL (`year`), or null for all years. */
  protected readonly year = toSignal(this.route.queryParamMap.pipe(map((params) => yearFrom(params.get('year')))), {
    initialValue: null,
  });
  /** All years, then this year back to ten years ago: the years a reader can narrow the portfolio to. */
  protected readonly years = Array.from({ length: 11 }, (_, i) => new Date().getFullYear() - i);

  /** Organisations whose portfolio this reader may open: their own, and every funder for instance admins. */
  protected readonly options = computed<PortfolioFunderOption[]>(() =>
    funderChoices(this.session.user() ?? null, this.store.funderOptions()),
  );

  /** The funder shown: the one asked for, else the reader's own funder, else their first organisation. */
  protected readonly funderId = computed(() => {
    const options = this.options();
    const asked = this.asked();
    if (asked && options.some((o) => o.id === asked)) return asked;
    const funders = new Set(this.store.funderOptions().map((o) => o.id));
    return (options.find((o) => funders.has(o.id)) ?? options.at(0))?.id ?? null;
  });

  protected readonly state = this.store.state;
  protected readonly portfolio = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.portfolio : null;
  });
  protected readonly yearsAwarded = computed(() =>
    (this.portfolio()?.byYear ?? []).map((y) => ({ year: y.year, amount: y.scheduled })),
  );
  /** The coalition map and the place map, each filtered to this funder. */
  protected readonly funderLink = computed(() => ({ funder: this.funderId() }));

  protected readonly words = {
    counted: COUNTED_FUNDING_WORDS,
    years: PORTFOLIO_YEAR_WORDS,
    places: PORTFOLIO_PLACE_WORDS,
    deciles: DECILE_SHARE_WORDS,
    ahead: COMMITMENTS_AHEAD_WORDS,
    partnerships: GRANTEE_PARTNERSHIP_WORDS,
    coFunders: CO_FUNDER_WORDS,
    coFunding: CO_FUNDING_WORDS,
    period: FUNDING_PERIOD_WORDS,
  };
  protected readonly pounds = formatPounds;
  protected readonly count = formatCount;
  protected readonly decile = describeDecile;
  protected readonly plural = (n: number, noun: string) => `${formatCount(n)} ${noun}${n === 1 ? '' : 's'}`;
  protected readonly nameOf = (o: { name: string }) => o.name;
  protected readonly perHead = (value: number | null) => (value === null ? 'No residents' : formatPoundsPerHead(value));

  protected readonly exporting = signal(false);
  protected readonly exportMessage = signal<string | null>(null);

  constructor() {
    effect(() => {
      const id = this.funderId();
      if (id) this.store.load(id, this.year());
    });
  }

  protected choose(id: string): void {
    this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { funder: id },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected chooseYear(value: string): void {
    this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { year: yearFrom(value) },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected retry(): void {
    this.store.retry();
  }

  protected async downloadCsv(): Promise<void> {
    const id = this.funderId();
    if (!id || this.exporting()) return;
    this.exporting.set(true);
    this.exportMessage.set('Gathering the grants…');
    try {
      const year = this.year();
      const grants = grantsAwardedIn(await this.store.allGrants(id), year);
      const today = new Date().toISOString().slice(0, 10);
      const name = year === null ? 'funder-portfolio-grants.csv' : `funder-portfolio-grants-${year}.csv`;
      downloadFile(grantsCsv(grants, today), name, 'text/csv;charset=utf-8');
      const which = year === null ? '' : ` awarded in ${year}`;
      this.exportMessage.set(`The CSV of ${formatCount(grants.length)} grants${which} is downloading.`);
    } catch {
      this.exportMessage.set(
        'The grants could not be fetched, so no file was made. Check your connection and try again.',
      );
    } finally {
      this.exporting.set(false);
    }
  }
}

/** A four-digit year from the URL or the chooser, else null (all years). */
function yearFrom(value: string | null): number | null {
  return value && /^\d{4}$/.test(value) ? Number(value) : null;
}
