import { ArgumentsHost, Catch, HttpStatus, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Request, Response } from 'express';
import { databaseFault } from './database-fault';
import { DomainError } from '@cg/shared/domain';

const logger = new Logger('Database');

/**
 * PostgreSQL down, the pool full or a statement timed out, wherever it happens. In a resolver
 * it becomes the SERVICE_UNAVAILABLE GraphQL error; before one (the session and access-scope
 * middleware read the database for every request) it is answered here, with 503 and the
 * same error shaped for GraphQL, or the health report for /health. One warning is logged,
 * not a stack trace per request. Any other error takes the usual path.
 */
@Catch()
export class DatabaseFaultFilter extends BaseExceptionFilter {
  override catch(error: unknown, host: ArgumentsHost): unknown {
    const fault = databaseFault(error);
    if (host.getType<string>() === 'graphql') return fault ?? error;
    if (!fault) return error instanceof DomainError ? error : super.catch(error, host);
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    logger.warn(
      `${String(fault.extensions['reason'])} on ${request.method} ${request.path}: ${(error as Error).message}`,
    );
    if (response.headersSent) return undefined;
    const body = request.path.startsWith('/health')
      ? { status: 'degraded', database: 'down' }
      : { errors: [{ message: fault.message, extensions: fault.extensions }] };
    response.status(HttpStatus.SERVICE_UNAVAILABLE).json(body);
    return undefined;
  }
}
