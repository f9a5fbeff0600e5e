import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MISSION_LABELS } from '@cg/shared/domain';
import type { LevellingUpMission } from '@cg/web/data-access';

/** Where and on what a partnership or project works, as its page shows it. */
export interface RecordScope {
  readonly places: readonly { readonly name: string }[];
  readonly themes: readonly string[];
  readonly missions: readonly LevellingUpMission[];
}

/**
 * The places, themes and Levelling Up missions of a record, as rows of the page's details list,
 * after the page's own rows (projected): `<dl class="details" [cgRecordScope]="p">…</dl>`.
 * On the `<dl>` itself, so that its children stay `dt`/`dd` pairs.
 */
@Component({
  // On the <dl> itself, so that its children stay dt/dd pairs.
  // eslint-disable-next-line @angular-eslint/component-selector
  selector: 'dl[cgRecordScope]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-content />
    <dt>Places</dt>
    <dd>{{ placeNames() || 'No places recorded' }}</dd>
    <dt>Themes</dt>
    <dd>{{ scope().themes.length ? scope().themes.join(', ') : 'No themes recorded' }}</dd>
    <dt>Levelling Up missions</dt>
    <dd>
      @if (scope().missions.length) {
        <ul class="chips" aria-label="Levelling Up missions">
          @for (mission of scope().missions; track mission) {
            <li>{{ missionLabels[mission] }}</li>
          }
        </ul>
      } @else {
        None recorded
      }
    </dd>
  `,
})
export class RecordScopeList {
  readonly scope = input.required<RecordScope>({ alias: 'cgRecordScope' });
  protected readonly missionLabels = MISSION_LABELS;
  protected readonly placeNames = computed(() => this.scope().places.map((place) => place.name).join(', '));
}
