import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { ImportJobStatus, ImportStepState, isFinished } from '@cg/web/data-access';
import { failureSentence, importProgress, summariseReport } from '../import-progress';
import { ImportStep } from '../import-steps';

/**
 * One kind of official place data: what file it takes and where to get it, a file picker and an
 * Upload button, then the import's progress bar and, once done, its report. Presentational: the
 * page's store does the uploading and polling.
 */
@Component({
  selector: 'cg-import-step',
  // Its look is its own, not the record page's (see _record-layout.scss).
  host: { class: 'cg-own-layout' },
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatProgressBar],
  templateUrl: './import-step.html',
  styleUrl: './import-step.scss',
})
export class ImportStepCard {
  readonly step = input.required<ImportStep>();
  readonly position = input.required<number>();
  readonly state = input.required<ImportStepState>();
  readonly upload = output<File>();

  protected readonly chosen = signal<File | null>(null);
  protected readonly refusal = computed(() => {
    const state = this.state();
    return state.status === 'refused' ? state.message : null;
  });
  protected readonly job = computed(() => {
    const state = this.state();
    return state.status === 'tracking' ? state.job : null;
  });
  /** Uploading, queued or running: one import of a kind at a time. */
  protected readonly busy = computed(() => {
    const state = this.state();
    return state.status === 'uploading' || (state.status === 'tracking' && !isFinished(state.job));
  });
  protected readonly progress = computed(() => {
    const job = this.job();
    return job ? importProgress(job) : null;
  });
  protected readonly report = computed(() => {
    const job = this.job();
    return job?.status === ImportJobStatus.SUCCEEDED && job.report ? summariseReport(job.report) : null;
  });
  protected readonly failure = computed(() => {
    const job = this.job();
    return job?.status === ImportJobStatus.FAILED ? failureSentence(job) : null;
  });
  /** Said once when the import ends, in a polite live region (the bar itself is not announced every second). */
  protected readonly outcome = computed(() => {
    const job = this.job();
    if (job?.status === ImportJobStatus.SUCCEEDED) return `${this.step().title}: ${job.fileName} imported.`;
    return this.failure() ?? '';
  });

  protected choose(event: Event): void {
    this.chosen.set((event.target as HTMLInputElement).files?.[0] ?? null);
  }

  protected send(): void {
    const file = this.chosen();
    if (file && !this.busy()) this.upload.emit(file);
  }
}
