import { Injectable } from '@nestjs/common';
import { ImportRunner } from './import-runner';

/** The kinds of import this server knows, by upload route; features add theirs on module init. */
@Injectable()
export class ImportRunners {
  private readonly byRoute = new Map<string, ImportRunner<never>>();

  register<O>(runner: ImportRunner<O>): void {
    this.byRoute.set(runner.route, runner as unknown as ImportRunner<never>);
  }

  forRoute(route: string): ImportRunner<unknown> | undefined {
    return this.byRoute.get(route) as ImportRunner<unknown> | undefined;
  }

  /** The routes under a prefix ("places/"), for the message that lists what may be uploaded. */
  routesUnder(prefix: string): string[] {
    return [...this.byRoute.keys()]
      .filter((route) => route.startsWith(prefix))
      .map((route) => route.slice(prefix.length));
  }
}
