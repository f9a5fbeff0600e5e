import { Inject, UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Throttle } from '@nestjs/throttler';
import { APP_CONFIG, AppConfig } from '@cg/api/core/config';
import type { Request, Response } from 'express';
import { AuthService } from './auth.service';
import { CurrentUser, SignInInput, SignInResult } from './auth.types';
import { sessionCookieOptions } from './session-cookie';
import { SESSION_COOKIE } from './session-token';
import { SignInThrottlerGuard } from './sign-in-throttler.guard';
import { PublicMutation } from './signed-in.guard';
import { DomainError } from '@cg/shared/domain';

interface HttpContext {
  req: Request;
  res: Response;
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => CurrentUser, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Context() { req }: HttpContext): CurrentUser | null {
    return req.user ?? null;
  }

  @PublicMutation()
  @Mutation(() => SignInResult, { description: 'Signs in with email and password; the session is kept in an httpOnly cookie.' })
  @UseGuards(SignInThrottlerGuard)
  @Throttle({ default: { limit: 10, ttl: 60_000 } })
  async signIn(@Args('input') input: SignInInput, @Context() { req, res }: HttpContext): Promise<SignInResult> {
    const session = await this.auth.signIn(input.email, input.password, req.headers['user-agent']);
    res.cookie(SESSION_COOKIE, session.token, sessionCookieOptions(this.config.publicUrl, session.expiresAt));
    const user = await this.auth.userForToken(session.token);
    if (!user) throw new DomainError('UNAUTHENTICATED', 'The session could not be opened.');
    return { user, expiresAt: session.expiresAt };
  }

  @PublicMutation()
  @Mutation(() => Boolean, { description: 'Ends this session.' })
  async signOut(@Context() { req, res }: HttpContext): Promise<boolean> {
    if (req.user) await this.auth.signOut(req.user.sessionId);
    res.clearCookie(SESSION_COOKIE, sessionCookieOptions(this.config.publicUrl));
    return true;
  }

  @Mutation(() => Boolean, { description: 'Ends every session of the signed-in user, on every device.' })
  async signOutEverywhere(@Context() { req, res }: HttpContext): Promise<boolean> {
    if (!req.user) throw new DomainError('UNAUTHENTICATED', 'Sign in first.');
    await this.auth.signOutEverywhere(req.user.id);
    res.clearCookie(SESSION_COOKIE, sessionCookieOptions(this.config.publicUrl));
    return true;
  }
}

