import { OrganisationRole } from '@cg/shared/domain';

/** Who is signed in, as the permission layer sees them; set on `req.user` by the session middleware. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  isInstanceAdmin: boolean;
  sessionId: string;
  memberships: { organisationId: string; organisationName: string; role: OrganisationRole }[];
  /** Partners and funded portfolio, read with the session in one statement (AccessScopeService uses them). */
  relations?: { partners: string[]; portfolio: string[] };
}

declare module 'express-serve-static-core' {
  interface Request {
    user?: SessionUser;
  }
}
