import { Global, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { AccountRecoveryResolver } from './account-recovery.resolver';
import { AccountRecoveryService } from './account-recovery.service';
import { AccessScopeMiddleware } from './access-scope.middleware';
import { AccessScopeService } from './access-scope.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { FailedEmailsResolver } from './failed-emails.resolver';
import { MembersResolver } from './members.resolver';
import { MembersService } from './members.service';
import { SessionMiddleware } from './session.middleware';
import { SignedInForChangesGuard } from './signed-in.guard';
import { TokenHasher } from './session-token';

@Global()
@Module({
  imports: [ThrottlerModule.forRoot([{ name: 'default', ttl: 60_000, limit: 60 }])],
  providers: [TokenHasher, AccessScopeService, AuthService, AuthResolver, AccountRecoveryService, AccountRecoveryResolver, FailedEmailsResolver, MembersService, MembersResolver, { provide: APP_GUARD, useClass: SignedInForChangesGuard }],
  exports: [AccessScopeService, AuthService],
})
export class AuthModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // Every route, so no request can run queries outside its user's scope.
    consumer.apply(SessionMiddleware, AccessScopeMiddleware).forRoutes('*path');
  }
}
