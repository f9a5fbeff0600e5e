import express, { ErrorRequestHandler, Request, RequestHandler } from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { graphqlFastLane } from './graphql-fast-lane';

type Seen = string[];

/**
 * An app shaped like the API's stack: root middlewares, layers mounted at /graphql, Nest-style
 * '{*path}' middlewares, controller routes, the GraphQL route and catch-alls. Each layer notes what
 * it saw (its name, req.url, req.baseUrl), so the lane's walk can be compared with the router's.
 */
function appWith(lane: boolean, options: { failAt?: string; rejectAt?: string; answer?: boolean } = {}) {
  const app = express();
  const seen = (req: Request): Seen => ((req as unknown as { seen: Seen }).seen ??= []);
  const note =
    (name: string): RequestHandler =>
    (req, _res, next) => {
      seen(req).push(`${name} ${req.url} ${req.baseUrl}`);
      if (options.failAt === name) return next(new Error(`failed at ${name}`));
      if (options.rejectAt === name) return Promise.reject(new Error(`rejected at ${name}`)) as unknown as void;
      next();
    };
  const answer: RequestHandler = (req, res) => {
    seen(req).push(`answer ${req.url} ${req.baseUrl}`);
    res.json({ seen: seen(req) });
  };
  if (lane) app.use(graphqlFastLane());
  app.use(note('headers'));
  app.use('/graphql', note('edge'));
  app.use('/graphql', (error: Error, req: Request, _res: express.Response, next: express.NextFunction) => {
    seen(req).push(`edge error ${error.message}`);
    next(error);
  });
  app.use('/{*path}', note('session'));
  app.get('/health', note('health'), answer);
  app.post('/imports/:kind', note('imports'), answer);
  app.get('/graphql', note('graphql get'), answer);
  if (options.answer !== false) app.post('/graphql', note('graphql post'), answer);
  const last: ErrorRequestHandler = (error: Error, req, res, _next) => {
    res.status(500).json({ seen: [...seen(req), `last error ${error.message}`] });
  };
  app.use(last);
  return app;
}

describe('graphqlFastLane', () => {
  const servers: Server[] = [];
  const listen = (app: express.Express) =>
    new Promise<string>((resolve) => {
      const server = app.listen(0, '127.0.0.1', () =>
        resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
      );
      servers.push(server);
    });
  afterAll(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))));

  /** The same request to the app with and without the lane: status and body. */
  async function both(path: string, method: string, options: Parameters<typeof appWith>[1] = {}) {
    const answers = [];
    for (const lane of [false, true]) {
      const response = await fetch(`${await listen(appWith(lane, options))}${path}`, { method });
      answers.push({ status: response.status, body: await response.text() });
    }
    return answers;
  }

  it('runs the layers the router would for POST /graphql, in order, each seeing the same url', async () => {
    const [router, lane] = await both('/graphql', 'POST');
    expect(lane).toEqual(router);
    expect(JSON.parse(lane.body).seen).toEqual([
      'headers /graphql ',
      'edge / /graphql',
      'session / /graphql',
      'graphql post /graphql ',
      'answer /graphql ',
    ]);
  });

  it('sends an error to the error handlers in order, as the router does', async () => {
    const [router, lane] = await both('/graphql', 'POST', { failAt: 'edge' });
    expect(lane).toEqual(router);
    expect(lane.status).toBe(500);
    expect(JSON.parse(lane.body).seen).toEqual([
      'headers /graphql ',
      'edge / /graphql',
      'edge error failed at edge',
      'last error failed at edge',
    ]);
  });

  it('treats a rejected promise as an error', async () => {
    const [router, lane] = await both('/graphql', 'POST', { rejectAt: 'session' });
    expect(lane).toEqual(router);
    expect(JSON.parse(lane.body).seen).toContain('last error rejected at session');
  });

  it('answers 404 as Express does when no layer answers', async () => {
    const [router, lane] = await both('/graphql', 'POST', { answer: false });
    expect(lane.status).toBe(404);
    expect(lane).toEqual(router);
  });

  it('leaves every other request to the router', async () => {
    for (const [path, method] of [
      ['/graphql', 'GET'],
      ['/graphql?x=1', 'POST'],
      ['/imports/csv', 'POST'],
      ['/health', 'GET'],
    ]) {
      const [router, lane] = await both(path, method);
      expect(lane).toEqual(router);
      expect(lane.status).toBe(200);
    }
  });

  it('matches the other routes once, not on every GraphQL request', async () => {
    const app = appWith(true);
    const url = await listen(app);
    const stack = (app as unknown as { router: { stack: { route?: { path: string }; match: () => unknown }[] } }).router
      .stack;
    const health = stack.find((layer) => layer.route?.path === '/health');
    const match = jest.spyOn(health as { match: () => unknown }, 'match');
    for (let i = 0; i < 3; i++) expect((await fetch(`${url}/graphql`, { method: 'POST' })).status).toBe(200);
    expect(match).toHaveBeenCalledTimes(1);
    await fetch(`${url}/health`);
    expect(match).toHaveBeenCalledTimes(2);
  });

  it('leaves the walk to the router when mounted below the app', async () => {
    const app = express();
    const sub = express.Router();
    sub.use(graphqlFastLane());
    sub.post('/graphql', (_req, res) => {
      res.json({ answered: true });
    });
    app.use(sub);
    const url = await listen(app);
    expect(await (await fetch(`${url}/graphql`, { method: 'POST' })).json()).toEqual({ answered: true });
  });

  it('sees a layer added after the first request', async () => {
    const app = appWith(true);
    const url = await listen(app);
    await fetch(`${url}/graphql`, { method: 'POST' });
    const stack = (app as unknown as { router: { stack: unknown[] } }).router.stack;
    app.use('/graphql', (_req, res) => {
      res.json({ seen: ['added'] });
    });
    // Put it before the GraphQL route, as if Nest had registered it there.
    const added = stack.pop();
    stack.splice(1, 0, added);
    expect(await (await fetch(`${url}/graphql`, { method: 'POST' })).json()).toEqual({ seen: ['added'] });
  });
});
