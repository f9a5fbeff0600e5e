import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { DomainError } from '@cg/shared/domain';

/**
 * Limits sign-in attempts per address and email, so guessing one account's password
 * is slow while other people on the same network can still sign in. The email is read from
 * the field's own arguments, as GraphQL resolved them, so naming the variable otherwise or
 * writing the email inline in the query counts against the same account (issue #10).
 */
@Injectable()
export class SignInThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext): { req: Request; res: Response } {
    const { req, res } = GqlExecutionContext.create(context).getContext<{ req: Request; res: Response }>();
    return { req, res };
  }

  protected override async getTracker(req: Request, context?: ExecutionContext): Promise<string> {
    const args = context ? GqlExecutionContext.create(context).getArgs<{ input?: { email?: unknown }; email?: unknown }>() : {};
    const email = String(args.input?.email ?? args.email ?? '').trim().toLowerCase();
    return `${req.ip}:${email}`;
  }

  protected override async throwThrottlingException(): Promise<void> {
    throw new DomainError('TOO_MANY_REQUESTS', 'Too many attempts to sign in. Wait a minute and try again.');
  }
}
