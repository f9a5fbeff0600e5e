import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

/** Who is acting, for the audit log: the signed-in user set on the request by the auth layer. */
export interface RequestActor {
  userId: string | null;
}

export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): RequestActor => {
  const request = GqlExecutionContext.create(context).getContext<{ req?: { user?: { id: string } } }>().req;
  return { userId: request?.user?.id ?? null };
});
