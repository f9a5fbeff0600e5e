import { BreakpointObserver } from '@angular/cdk/layout';
import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, linkedSignal, signal, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { AUDIT_ACTION_LABELS, AUDIT_ACTION_OPTIONS } from '@cg/shared/domain';
import {
  AUDIT_PAGE_SIZE,
  AuditActorNamesStore,
  AuditEntryRow,
  AuditLogState,
  AuditLogStore,
  AuditPage,
  AuditQuery,
  OrganisationNamesStore,
  SessionStore,
  administeredOrganisationIds,
  canAdminister,
} from '@cg/web/data-access';
import {
  EmptyState,
  ErrorState,
  FilterBar,
  FilterSelect,
  LoadingState,
  fromIsoDate,
  plainErrorMessage,
  provideUkDates,
  showingSummary,
  toIsoDate,
} from '@cg/web/ui';
import { map } from 'rxjs';
import { AdminNav } from '../admin-nav/admin-nav';
import {
  RECORD_TYPE_OPTIONS,
  describeValue,
  fieldLabel,
  formatUkDateTime,
  recordLink,
  recordTypeLabel,
  shortId,
} from '../audit-labels';
import { EMPTY_AUDIT_QUERY, hasAuditFilters, parseAuditQuery, toAuditQueryParams } from '../audit-query';
import { NotAdmin } from '../not-admin/not-admin';

/** Wide enough for the log as a table; narrower screens get one card per change. */
const TABLE_WIDTH = '(min-width: 56rem)';

/** Fields that name a record, so the log can say which one changed. */
const NAME_FIELDS = ['name', 'title', 'fullName'];

/** One audit entry as the page shows it. */
export interface AuditRow {
  readonly id: string;
  readonly when: string;
  readonly who: string;
  readonly recordType: string;
  readonly record: string;
  readonly link: string[] | null;
  readonly action: string;
  readonly changes: ReadonlyArray<{ readonly field: string; readonly before: string; readonly after: string }>;
}

/**
 * The audit log: who changed what and when, newest first, filtered by record type, action
 * and dates, with each change's fields before and after. Instance admins see every entry,
 * organisation admins their organisations' records (the API decides). Filters live in the URL.
 */
@Component({
  selector: 'cg-audit-log-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AdminNav,
    EmptyState,
    ErrorState,
    LoadingState,
    FilterBar,
    FilterSelect,
    MatButton,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatSuffix,
    NgTemplateOutlet,
    NotAdmin,
    ReactiveFormsModule,
    RouterLink,
  ],
  providers: [AuditLogStore, AuditActorNamesStore, provideUkDates()],
  templateUrl: './audit-log-page.html',
  styleUrl: './audit-log-page.scss',
})
export class AuditLogPage {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly session = inject(SessionStore);
  private readonly store = inject(AuditLogStore);
  private readonly actors = inject(AuditActorNamesStore);
  private readonly organisationNames = inject(OrganisationNamesStore);

  protected readonly recordTypeOptions = RECORD_TYPE_OPTIONS;
  protected readonly actionOptions = AUDIT_ACTION_OPTIONS;

  protected readonly user = this.session.user;
  protected readonly allowed = computed(() => canAdminister(this.user()));
  protected readonly isInstanceAdmin = computed(() => !!this.user()?.isInstanceAdmin);

  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(parseAuditQuery)), {
    initialValue: EMPTY_AUDIT_QUERY,
  });
  protected readonly hasFilters = computed(() => hasAuditFilters(this.query()));

  protected readonly fromControl = new FormControl<Date | null>(null);
  protected readonly toControl = new FormControl<Date | null>(null);

  protected readonly state = this.store.state;

  /** The last page stays, faded, while the next one loads, so the pager keeps keyboard focus. */
  private readonly shown = linkedSignal<AuditLogState, { page: AuditPage; number: number } | null>({
    source: this.state,
    computation: (state, previous) => {
      if (state.status === 'ready') return { page: state.page, number: untracked(this.query).page };
      return state.status === 'loading' ? (previous?.value ?? null) : null;
    },
  });
  protected readonly page = computed(() => this.shown()?.page ?? null);
  protected readonly pageNumber = computed(() => this.shown()?.number ?? 1);
  protected readonly loading = computed(() => this.state().status === 'loading');
  protected readonly errorMessage = computed(() => {
    const state = this.state();
    return state.status === 'error' ? plainErrorMessage(state.error) : '';
  });

  protected readonly rows = computed<readonly AuditRow[]>(() => {
    const names = this.actors.names();
    const organisations = this.organisationNames.names();
    const me = this.user();
    return (this.page()?.nodes ?? []).map((entry) =>
      toRow(entry, names, me ? { id: me.id, name: me.name } : null, organisations),
    );
  });

  /** "Showing 26–50 of 80 changes". */
  protected readonly summary = computed(() => {
    const page = this.page();
    return page ? showingSummary(this.pageNumber(), AUDIT_PAGE_SIZE, page.nodes.length, page.totalCount, 'change', 'changes') : '';
  });

  protected readonly expanded = signal<ReadonlySet<string>>(new Set());

  protected readonly isWide = toSignal(
    inject(BreakpointObserver)
      .observe(TABLE_WIDTH)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  constructor() {
    effect(() => {
      if (this.allowed()) this.store.load(this.query());
    });
    // Actors are named from the users of the organisations the viewer administers; instance
    // admins may read any organisation's users, so also those of the organisations on the page.
    effect(() => {
      if (!this.allowed()) return this.actors.load([]);
      const own = administeredOrganisationIds(this.user());
      const onPage = this.isInstanceAdmin()
        ? (this.page()?.nodes ?? []).filter((e) => e.recordType === 'organisation').map((e) => e.recordId)
        : [];
      this.actors.load([...new Set([...own, ...onPage])].sort());
    });
    // An organisation's own record is named by its name, which most changes do not carry.
    effect(() =>
      this.organisationNames.want(
        (this.page()?.nodes ?? []).filter((e) => e.recordType === 'organisation').map((e) => e.recordId),
      ),
    );
    // The date fields follow the URL (back, forward, shared links)…
    effect(() => {
      const { from, to } = this.query();
      untracked(() => {
        this.syncDate(this.fromControl, from);
        this.syncDate(this.toControl, to);
      });
    });
    // …and a complete, valid date typed or picked goes into it.
    this.fromControl.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.onDatesChanged());
    this.toControl.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.onDatesChanged());
  }

  protected update(changes: Partial<AuditQuery>): void {
    this.navigate({ ...this.query(), ...changes, page: 1, after: null, before: null });
  }

  protected clearFilters(): void {
    this.fromControl.setValue(null, { emitEvent: false });
    this.toControl.setValue(null, { emitEvent: false });
    this.navigate(EMPTY_AUDIT_QUERY);
  }

  protected retry(): void {
    this.store.retry();
  }

  protected isOpen(id: string): boolean {
    return this.expanded().has(id);
  }

  protected toggle(id: string): void {
    this.expanded.update((open) => {
      const next = new Set(open);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  protected nextPage(): void {
    const page = this.page();
    if (!page?.pageInfo.hasNextPage) return;
    this.navigate({ ...this.query(), page: this.pageNumber() + 1, after: page.pageInfo.endCursor, before: null });
  }

  protected previousPage(): void {
    const page = this.page();
    const number = this.pageNumber();
    if (!page || number <= 1) return;
    const query = this.query();
    this.navigate(
      number === 2
        ? { ...query, page: 1, after: null, before: null }
        : { ...query, page: number - 1, after: null, before: page.pageInfo.startCursor },
    );
  }

  /** Says what matched nothing, in words. */
  protected readonly emptyMessage = computed(() => {
    if (!this.hasFilters()) {
      return this.isInstanceAdmin()
        ? 'Nobody has changed any records yet. Every change made from now on will be listed here.'
        : 'Nobody has changed your organisation’s records yet. Every change made from now on will be listed here.';
    }
    return 'No changes match these filters. Try another record type, action or dates, or clear the filters.';
  });

  private onDatesChanged(): void {
    const from = this.dateValue(this.fromControl);
    const to = this.dateValue(this.toControl);
    if (from === undefined || to === undefined) return; // still typing, or not a date
    if (from && to && from > to) {
      this.toControl.setErrors({ order: true });
      this.toControl.markAsTouched();
      return;
    }
    const query = this.query();
    if (from !== query.from || to !== query.to) this.update({ from, to });
  }

  /** The control's date as YYYY-MM-DD, null when empty, undefined when not a valid date. */
  private dateValue(control: FormControl<Date | null>): string | null | undefined {
    if (control.hasError('matDatepickerParse')) return undefined;
    const value = control.value;
    if (value === null) return null;
    return value instanceof Date && !Number.isNaN(value.getTime()) ? toIsoDate(value) : undefined;
  }

  private syncDate(control: FormControl<Date | null>, iso: string | null): void {
    const current = this.dateValue(control);
    if (current === iso) return;
    if (current === undefined && iso === null) return; // keep what is being typed
    control.setValue(fromIsoDate(iso), { emitEvent: false });
  }

  private navigate(query: AuditQuery): void {
    const params = toAuditQueryParams(query);
    if (JSON.stringify(params) === JSON.stringify(toAuditQueryParams(this.query()))) return;
    this.expanded.set(new Set());
    void this.router.navigate([], { relativeTo: this.route, queryParams: params });
  }
}

/** One entry in words: the actor's name where the page can know it, the record's name where the change carries it. */
export function toRow(
  entry: AuditEntryRow,
  names: Readonly<Record<string, string>>,
  me: { id: string; name: string } | null,
  recordNames: Readonly<Record<string, string>> = {},
): AuditRow {
  const nameChange = entry.changes.find((c) => NAME_FIELDS.includes(c.field));
  const recordName = nameChange ? (parseText(nameChange.after) ?? parseText(nameChange.before)) : null;
  return {
    id: entry.id,
    when: formatUkDateTime(entry.at as string),
    who: actorName(entry.actorId, names, me),
    recordType: recordTypeLabel(entry.recordType),
    record: recordName ?? recordNames[entry.recordId] ?? `${recordTypeLabel(entry.recordType)} ${shortId(entry.recordId)}`,
    link: recordLink(entry.recordType, entry.recordId),
    action: AUDIT_ACTION_LABELS[entry.action] ?? entry.action,
    changes: entry.changes.map((c) => ({
      field: fieldLabel(c.field),
      before: describeValue(c.before),
      after: describeValue(c.after),
    })),
  };
}

function actorName(
  actorId: string | null,
  names: Readonly<Record<string, string>>,
  me: { id: string; name: string } | null,
): string {
  if (!actorId) return 'System or import';
  if (me && actorId === me.id) return `${me.name} (you)`;
  return names[actorId] ?? `Another user (ref. ${shortId(actorId)})`;
}

function parseText(json: string | null): string | null {
  if (!json) return null;
  try {
    const value = JSON.parse(json);
    return typeof value === 'string' && value.trim() ? value : null;
  } catch {
    return null;
  }
}
