import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { map, of, switchMap } from 'rxjs';
import { Router } from '@angular/router';
import { ProjectEditor, ProjectFields, SessionStore, whyCannotCreate } from '@cg/web/data-access';
import { CreatePage, PickerOption } from '@cg/web/ui';
import { ProjectForm } from '../project-form/project-form';

/** "New project": the form, then the new project's page. */
@Component({
  selector: 'cg-project-create-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CreatePage, ProjectForm],
  template: `
    <cg-create-page what="project" plural="projects" listLink="/projects" [readOnlyReason]="readOnlyReason()" lead="Your organisation will own the record; add the participating organisations on the project’s page.">
      @if (!readOnlyReason()) {
        <cg-project-form [startPartnership]="startPartnership()" (saved)="open($event)" (cancelled)="back()" />
      }
    </cg-create-page>
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

