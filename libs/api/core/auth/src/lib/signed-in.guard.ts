import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { DomainError } from '@cg/shared/domain';

const PUBLIC_MUTATION = 'cg:public-mutation';

/** Marks a mutation that people call before they are signed in: signing in, resetting a password. */
export const PublicMutation = (): MethodDecorator => SetMetadata(PUBLIC_MUTATION, true);

/**
 * Every other mutation needs someone signed in, checked before its resolver runs, so a signed-out
 * caller (an expired session, say) is told to sign in rather than that a record does not exist.
 */
@Injectable()
export class SignedInForChangesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const graphql = GqlExecutionContext.create(context);
    if (graphql.getInfo().parentType.name !== 'Mutation') return true;
    if (this.reflector.get<boolean>(PUBLIC_MUTATION, context.getHandler())) return true;
    if (graphql.getContext<{ req: Request }>().req.user) return true;
    throw new DomainError('UNAUTHENTICATED', 'Sign in to make changes.');
  }
}
