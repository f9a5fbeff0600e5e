import { provideHttpClient, withFetch } from '@angular/common/http';
import { ApplicationConfig, provideBrowserGlobalErrorListeners } from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { provideGraphql } from '@cg/web/data-access/shell';
import { appRoutes } from './app.routes';
import { PageTitleStrategy } from './page-title.strategy';

// Zoneless change detection is Angular 21's default, so zone.js is not loaded.
export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    // Route `data` (a screen's heading and summary) binds straight to page inputs.
    provideRouter(appRoutes, withComponentInputBinding()),
    { provide: TitleStrategy, useClass: PageTitleStrategy },
    provideHttpClient(withFetch()),
    provideGraphql(),
  ],
};
