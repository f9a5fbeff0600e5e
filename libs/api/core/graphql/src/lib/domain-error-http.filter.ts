import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import { DomainError } from '@cg/shared/domain';
import type { Response } from 'express';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400, NOT_FOUND: 404 };

/** Domain errors as HTTP answers: the status their code implies and the same safe sentence GraphQL gives. */
@Catch(DomainError)
export class DomainErrorHttpFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    const code = String(error.extensions['code']);
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return void response.end();
    const status = Number(error.extensions['httpStatus']) || STATUS[code] || 400;
    response.status(status).json({ error: { code, message: error.message } });
  }
}
