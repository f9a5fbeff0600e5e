import express, { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { answersWithoutEtag } from './answers-without-etag';
import { plainJsonBody } from './plain-json-body';

/** GraphQL requests are operations, not uploads: 1 MB is ample and caps abuse. */
export const GRAPHQL_BODY_LIMIT = '1mb';
const GRAPHQL_BODY_LIMIT_BYTES = 1024 * 1024;

/** An error in the shape every GraphQL client reads, for requests refused before GraphQL runs. */
export function sendGraphQLError(res: Response, status: number, code: string, message: string): void {
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * Refuses bad requests to /graphql at the edge, each with its own status and a GraphQL-style
 * body (otherwise a body that is not JSON fell through to the web app's 404): a POST that is
 * not JSON gets 415, malformed JSON 400, a body over the limit 413. Answers carry no ETag.
 */
export function graphqlEdge(): (RequestHandler | ErrorRequestHandler)[] {
  const onlyJson: RequestHandler = (req, res, next) => {
    if (req.method !== 'POST') return next();
    const type = req.headers['content-type'];
    if (type !== 'application/json' && (!type || !req.is('application/json'))) {
      return sendGraphQLError(
        res,
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'Send GraphQL requests as JSON, with Content-Type: application/json.',
      );
    }
    next();
  };
  const parseJson = plainJsonBody(
    GRAPHQL_BODY_LIMIT_BYTES,
    express.json({ limit: GRAPHQL_BODY_LIMIT, type: 'application/json' }),
  );
  const refuseUnreadable: ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, next) => {
    switch (error.type) {
      case 'entity.too.large':
        return sendGraphQLError(
          res,
          413,
          'PAYLOAD_TOO_LARGE',
          `The request body is larger than the limit of ${GRAPHQL_BODY_LIMIT.toUpperCase()}.`,
        );
      case 'entity.parse.failed':
        return sendGraphQLError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
      case 'encoding.unsupported':
      case 'charset.unsupported':
        return sendGraphQLError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send GraphQL requests as JSON in UTF-8.');
      default:
        if (error.status && error.status >= 400 && error.status < 500) {
          return sendGraphQLError(res, error.status, 'BAD_REQUEST', 'The request body could not be read.');
        }
        return next(error);
    }
  };
  return [answersWithoutEtag(), onlyJson, parseJson, refuseUnreadable];
}
