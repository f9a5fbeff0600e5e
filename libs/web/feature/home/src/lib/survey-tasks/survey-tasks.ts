import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { SurveyRoundsStore, SurveyTaskView } from '@cg/web/data-access';
import { formatUkDate } from '@cg/web/ui';

/**
 * Survey rounds the user's organisations (as admin or coordinator) are invited to and have not
 * answered: "Answer the survey for <partnership> by dd/mm/yyyy". Nothing shows when there are none.
 */
@Component({
  selector: 'cg-survey-tasks',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  providers: [SurveyRoundsStore],
  template: `
    @if (tasks().length) {
      <section class="tasks" aria-labelledby="survey-tasks-heading" data-testid="survey-tasks">
        <h2 id="survey-tasks-heading" class="section-title">To do</h2>
        <ul>
          @for (task of tasks(); track task.roundId + task.organisationId) {
            <li data-testid="survey-task">
              <a routerLink="/network-map/ratings" [queryParams]="{ organisation: task.organisationId, round: task.roundId }">
                Answer the survey for {{ task.partnershipName }} by {{ date(task.closesOn) }}</a
              >
              @if (showOrganisation()) {
                <span class="muted"> (for {{ task.organisationName }})</span>
              }
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `.tasks { margin: 0 0 1.5rem; padding: 0.75rem 1rem; border-left: 4px solid #1d4f91; background: #f3f6fb; } ul { margin: 0; padding-left: 1.25rem; }`,
})
export class SurveyTasks {
  private readonly store = inject(SurveyRoundsStore);
  protected readonly tasks = signal<readonly SurveyTaskView[]>([]);
  protected readonly showOrganisation = signal(false);
  protected readonly date = formatUkDate;

  constructor() {
    // A dashboard nicety: if the list cannot be read, the rest of the dashboard still shows.
    this.store.tasks().then(
      (tasks) => {
        this.tasks.set(tasks);
        this.showOrganisation.set(new Set(tasks.map((t) => t.organisationId)).size > 1);
      },
      () => this.tasks.set([]),
    );
  }
}
