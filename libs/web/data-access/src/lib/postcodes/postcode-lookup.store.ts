import { Injectable, Signal, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { PostcodeLookupGQL, PostcodePlacesFieldsFragment } from '../../generated/graphql';

export type PostcodePlaces = PostcodePlacesFieldsFragment;

export type PostcodeLookupState =
  | { readonly status: 'idle' }
  | { readonly status: 'looking'; readonly postcode: string }
  | { readonly status: 'error'; readonly postcode: string }
  | { readonly status: 'ready'; readonly postcode: string; readonly places: PostcodePlaces };

/**
 * Where the postcode typed into a form lies (LSOA, ward, local authority), from the imported ONS
 * postcode lookup. Provide it on the form: each form asks about its own field. Only the answer
 * for the latest postcode asked about is kept, so a slow answer never overwrites a newer one.
 */
@Injectable()
export class PostcodeLookupStore {
  private readonly lookupGql = inject(PostcodeLookupGQL);
  private readonly current = signal<PostcodeLookupState>({ status: 'idle' });

  readonly state: Signal<PostcodeLookupState> = this.current.asReadonly();

  /** Looks the postcode up, unless it is the one already shown; a blank postcode clears the answer. */
  async lookup(postcode: string | null): Promise<void> {
    const wanted = postcode?.trim() ?? '';
    if (!wanted) {
      this.current.set({ status: 'idle' });
      return;
    }
    const shown = this.current();
    if (shown.status !== 'idle' && shown.status !== 'error' && shown.postcode === wanted) return;
    this.current.set({ status: 'looking', postcode: wanted });
    try {
      const result = await firstValueFrom(this.lookupGql.fetch({ variables: { postcode: wanted } }));
      if (!result.data) throw result.error ?? new Error('No answer came back.');
      this.settle(wanted, { status: 'ready', postcode: wanted, places: result.data.postcodeLookup });
    } catch {
      this.settle(wanted, { status: 'error', postcode: wanted });
    }
  }

  private settle(postcode: string, state: PostcodeLookupState): void {
    const shown = this.current();
    if (shown.status === 'looking' && shown.postcode === postcode) this.current.set(state);
  }
}
