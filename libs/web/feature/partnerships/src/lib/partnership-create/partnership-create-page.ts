import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router } from '@angular/router';
import { PartnershipFields, SessionStore, whyCannotCreate } from '@cg/web/data-access';
import { CreatePage } from '@cg/web/ui';
import { PartnershipForm } from '../partnership-form/partnership-form';

/** "New partnership": the form, then the new partnership's page. */
@Component({
  selector: 'cg-partnership-create-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CreatePage, PartnershipForm],
  template: `
    <cg-create-page what="partnership" plural="partnerships" listLink="/partnerships" [readOnlyReason]="readOnlyReason()" lead="Your organisation will own the record; add the other members on the partnership’s page.">
      @if (!readOnlyReason()) {
        <cg-partnership-form (saved)="open($event)" (cancelled)="back()" />
      }
    </cg-create-page>
  `,
})
export class PartnershipCreatePage {
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  protected readonly readOnlyReason = computed(() => whyCannotCreate(this.session.user()));

  protected open(partnership: PartnershipFields): void {
    void this.router.navigate(['/partnerships', partnership.id]);
  }

  protected back(): void {
    void this.router.navigate(['/partnerships']);
  }
}
