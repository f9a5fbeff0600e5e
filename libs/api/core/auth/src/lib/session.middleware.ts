import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AuthService } from './auth.service';
import { cookieValue } from './session-cookie';
import { SESSION_COOKIE } from './session-token';

/** Puts the signed-in user (if any) on `req.user`, from the session cookie. */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(private readonly auth: AuthService) {}

  async use(req: Request, _res: Response, next: NextFunction): Promise<void> {
    const token = cookieValue(req.headers.cookie, SESSION_COOKIE);
    try {
      if (typeof token === 'string' && token.length > 0 && token.length < 200) {
        req.user = (await this.auth.userForToken(token)) ?? undefined;
      }
      next();
    } catch (error) {
      next(error);
    }
  }
}
