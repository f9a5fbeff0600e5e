import type { RequestHandler } from 'express';

/**
 * HSTS only on responses that came over HTTPS (directly, or through a trusted proxy that said
 * so): sent over plain HTTP it is meaningless at best, and on a machine reached both ways it
 * would pin a name to HTTPS that has no certificate.
 */
export function strictTransportSecurity(): RequestHandler {
  return (req, res, next) => {
    if (req.secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  };
}
