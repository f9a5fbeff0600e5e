import { Inject, UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Throttle } from '@nestjs/throttler';
import { APP_CONFIG, AppConfig } from '@cg/api/core/config';
import type { Request, Response } from 'express';
import { AccountRecoveryService } from './account-recovery.service';
import { AcceptInvitationInput, Invitation, InviteInput, ResetPasswordInput } from './auth.types';
import { sessionCookieOptions } from './session-cookie';
import { SESSION_COOKIE, SESSION_LIFETIME_MS } from './session-token';
import { SignInThrottlerGuard } from './sign-in-throttler.guard';
import { PublicMutation } from './signed-in.guard';
import { DomainError } from '@cg/shared/domain';

interface HttpContext {
  req: Request;
  res: Response;
}

@Resolver()
export class AccountRecoveryResolver {
  constructor(
    private readonly recovery: AccountRecoveryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @PublicMutation()
  @Mutation(() => Boolean, { description: 'Emails a reset link if the address has an account. Always answers true.' })
  @UseGuards(SignInThrottlerGuard)
  @Throttle({ default: { limit: 5, ttl: 60_000 } })
  async requestPasswordReset(@Args('email') email: string): Promise<boolean> {
    await this.recovery.requestPasswordReset(email);
    return true;
  }

  @PublicMutation()
  @Mutation(() => Boolean, { description: 'Sets a new password with a reset link; signs the account out everywhere.' })
  async resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    await this.recovery.resetPassword(input.token, input.newPassword);
    return true;
  }

  @Mutation(() => Invitation, { description: 'Invites someone to your organisation with a role (organisation admins).' })
  invite(@Args('input') input: InviteInput, @Context() { req }: HttpContext): Promise<Invitation> {
    if (!req.user) throw new DomainError('UNAUTHENTICATED', 'Sign in first.');
    return this.recovery.invite(req.user, input.organisationId, input.email, input.role);
  }

  @PublicMutation()
  @Mutation(() => Boolean, { description: 'Accepts an invitation and signs in.' })
  async acceptInvitation(@Args('input') input: AcceptInvitationInput, @Context() { res }: HttpContext): Promise<boolean> {
    const token = await this.recovery.acceptInvitation(input.token, input.name, input.password);
    res.cookie(SESSION_COOKIE, token, sessionCookieOptions(this.config.publicUrl, new Date(Date.now() + SESSION_LIFETIME_MS)));
    return true;
  }
}
