import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ServeStaticModule } from '@nestjs/serve-static';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@cg/api/core/auth';
import { APP_CONFIG, AppConfig } from '@cg/api/core/config';
import { MailModule } from '@cg/api/core/mail';
import { QueueModule } from '@cg/api/core/queue';
import { RecordsModule, RowAccessModule, typeOrmOptions } from '@cg/api/core/database';
import { createValidationPipe, DatabaseFaultFilter, DomainErrorFilter, formatGraphQLError, queryLimitsPlugin, graphQLContext } from '@cg/api/core/graphql';
import { ActivitiesModule } from '@cg/api/feature/activities';
import { AuditModule } from '@cg/api/feature/audit';
import { DataExchangeModule } from '@cg/api/feature/data-exchange';
import { FundingModule } from '@cg/api/feature/funding';
import { ImportsModule } from '@cg/api/core/imports';
import { ThreeSixtyGivingModule } from '@cg/api/feature/three-sixty-giving';
import { NeedsModule } from '@cg/api/feature/needs';
import { SurveyRoundsModule } from '@cg/api/feature/survey-rounds';
import { NetworkModule } from '@cg/api/feature/network';
import { OrganisationsModule } from '@cg/api/feature/organisations';
import { OutcomesModule } from '@cg/api/feature/outcomes';
import { OverviewModule } from '@cg/api/feature/overview';
import { PartnershipsModule } from '@cg/api/feature/partnerships';
import { PeopleModule } from '@cg/api/feature/people';
import { PlaceAnalyticsModule } from '@cg/api/feature/place-analytics';
import { PlaceDataModule } from '@cg/api/feature/place-data';
import { PlacesModule } from '@cg/api/feature/places';
import { ProjectsModule } from '@cg/api/feature/projects';
import { RelationshipsModule } from '@cg/api/feature/relationships';
import { SuggestionsModule } from '@cg/api/feature/suggestions';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { HealthController } from './health.controller';
import { errorCodesForRequestLog } from './http/request-log';
import { noStoreAnswers } from './http/no-store';

/** The whole API, built for one validated config and one reachable database. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    const isProduction = config.nodeEnv === 'production';
    const serveWeb = config.webDist && existsSync(join(config.webDist, 'index.html'));
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({ ...typeOrmOptions(databaseUrl, config.database), retryAttempts: 0 }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [getDataSourceToken()],
          useFactory: (dataSource: DataSource) => ({
            autoSchemaFile: config.schemaFile ?? true,
            sortSchema: true,
            introspection: !isProduction,
            playground: false,
            formatError: formatGraphQLError,
            // The request log is the error codes' only reader, so they are collected only for it.
            plugins: [queryLimitsPlugin(), ...(config.logFormat === 'json' ? [errorCodesForRequestLog()] : []), ...noStoreAnswers()],
            // One operation per request: batching would let a client multiply any limit.
            allowBatchedHttpRequests: false,
            // A fresh LoaderRegistry per request: `context.loaders`, read with @Loaders().
            context: graphQLContext(dataSource),
          }),
        }),
        ...(serveWeb
          ? [ServeStaticModule.forRoot({ rootPath: config.webDist, exclude: ['/graphql{/*path}', '/health', '/exports{/*path}', '/imports{/*path}'] })]
          : []),
        QueueModule.forRoot({ databaseUrl, stopTimeoutMs: config.shutdownTimeoutMs }),
        MailModule,
        RecordsModule,
        RowAccessModule,
        // Before ImportsModule: Nest matches routes in module order, and the background importers'
        // generic POST /imports/:family/:kind would otherwise take /imports/csv/<kind> and /imports/archive.
        DataExchangeModule,
        ImportsModule,
        AuthModule,
        ActivitiesModule,
        AuditModule,
        FundingModule,
        NeedsModule,
        NetworkModule,
        OrganisationsModule,
        OutcomesModule,
        OverviewModule,
        PartnershipsModule,
        PeopleModule,
        PlaceDataModule,
        PlacesModule,
        PlaceAnalyticsModule,
        ProjectsModule,
        RelationshipsModule,
        SurveyRoundsModule,
        SuggestionsModule,
        ThreeSixtyGivingModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        { provide: APP_FILTER, useClass: DatabaseFaultFilter },
      ],
      exports: [APP_CONFIG],
    };
  }
}
