import { Injectable, NestMiddleware } from '@nestjs/common';
import { runWithAccessScope } from '@cg/api/core/database';
import type { NextFunction, Request, Response } from 'express';
import { AccessScopeService } from './access-scope.service';

/**
 * Serves the rest of the request under the signed-in user's access scope, so every query
 * it makes is limited by PostgreSQL's row-level security. Runs after SessionMiddleware.
 */
@Injectable()
export class AccessScopeMiddleware implements NestMiddleware {
  constructor(private readonly scopes: AccessScopeService) {}

  async use(req: Request, _res: Response, next: NextFunction): Promise<void> {
    try {
      const scope = await this.scopes.scopeFor(req.user);
      runWithAccessScope(scope, () => next());
    } catch (error) {
      next(error);
    }
  }
}
