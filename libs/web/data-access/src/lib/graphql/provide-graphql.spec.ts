import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { OverviewGQL } from '../../generated/graphql';
import { provideGraphql } from './provide-graphql';

describe('provideGraphql', () => {
  it('sends generated operations to /graphql and returns typed data', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideGraphql()],
    });
    const http = TestBed.inject(HttpTestingController);

    const result = firstValueFrom(TestBed.inject(OverviewGQL).fetch());
    const request = http.expectOne('/graphql');
    expect(request.request.method).toBe('POST');
    expect(request.request.body.operationName).toBe('Overview');
    request.flush({
      data: {
        overview: { __typename: 'Overview', organisationCount: 3, organisationsBySector: [] },
      },
    });

    expect((await result).data?.overview.organisationCount).toBe(3);
    http.verify();
  });
});
