import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { map, of, switchMap } from 'rxjs';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { ProjectEditor, ProjectFields, SessionStore, whyCannotCreate } from '@cg/web/data-access';
import { PickerOption } from '@cg/web/ui';
import { ProjectForm } from '../project-form/project-form';

/** "New project": the form, then the new partnership's page. */
@Component({
  selector: 'cg-project-create-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, ProjectForm, RouterLink],
  template: `
    <p class="back"><a routerLink="/projects">All projects</a></p>
    <h1 class="page-title">New project</h1>
    @if (readOnlyReason(); as reason) {
      <p class="lead" data-testid="read-only-reason">{{ reason }}</p>
      <p><a mat-flat-button routerLink="/projects">See all projects</a></p>
    } @else {
      <p class="lead">Your organisation will own the record; add the participating organisations on the project’s page.</p>
      <section class="panel" aria-label="New project">
        <cg-project-form [startPartnership]="startPartnership()" (saved)="open($event)" (cancelled)="back()" />
      </section>
    }
  `,
  styles: `
    :host {
      display: block;
      max-inline-size: 60rem;
    }
    .back {
      margin: 0 0 0.5rem;
    }
    .page-title {
      margin: 0 0 0.25rem;
    }
    .lead {
      color: var(--mat-sys-on-surface-variant);
    }
    .panel {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 1rem;
      background: var(--mat-sys-surface);
    }
  `,
})
export class ProjectCreatePage {
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  private readonly editor = inject(ProjectEditor);
  protected readonly readOnlyReason = computed(() => whyCannotCreate(this.session.user()));
  /** The route's `?partnership=id`, from a partnership page's "New project". */
  readonly partnership = input<string | undefined>(undefined);
  protected readonly startPartnership = toSignal(
    toObservable(this.partnership).pipe(
      switchMap((id) => (id ? this.editor.partnershipName(id) : of(null))),
      map((p): PickerOption | null => (p ? { id: p.id, label: p.name } : null)),
    ),
    { initialValue: null },
  );

  protected open(project: ProjectFields): void {
    void this.router.navigate(['/projects', project.id]);
  }

  protected back(): void {
    void this.router.navigate(['/projects']);
  }
}

