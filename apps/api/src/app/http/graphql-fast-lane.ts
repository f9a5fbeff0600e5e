import type { Application, NextFunction, Request, RequestHandler, Response } from 'express';

/** The parts of router 2's Layer (Express 5) the lane reads; the router calls the same methods. */
interface Layer {
  handle: (...args: unknown[]) => unknown;
  route?: { _handlesMethod(method: string): boolean };
  match(path: string): false | { params: Record<string, unknown>; path: string };
  handleRequest(req: Request, res: Response, next: NextFunction): void;
  handleError(error: unknown, req: Request, res: Response, next: NextFunction): void;
}

/** A layer that answers POST /graphql, with what the router would have matched for it. */
interface Step {
  layer: Layer;
  isRoute: boolean;
  /** The mount path the router trims from `req.url` while the layer runs ('' for none). */
  mountPath: string;
  params: Record<string, unknown>;
}

const METHOD = 'POST';
const PATH = '/graphql';

/**
 * POST /graphql walks only the layers that answer it. Express 5's router matches every request
 * against each layer in turn: for a GraphQL request, the security headers and body readers, Nest's
 * three middlewares, then eleven controller routes that never match, then Apollo's handler, each
 * through path-to-regexp, `trimPrefix` and `processParams` (with `parseurl`, about 12% of a
 * directory page's API CPU; issue #13, docs/performance.md "Seventh round: the GraphQL lane").
 *
 * This is the first middleware. On the first POST /graphql it asks each later layer, as the router
 * would, whether it matches POST /graphql, and keeps those in order; every such request then runs
 * them directly: each sees the same `req.url`, `req.baseUrl` and `req.params` the router gives it,
 * errors go to the error handlers in order, and a rejected promise counts as an error, as in the
 * router (the layers' own `handleRequest`/`handleError` are called). A layer added later makes the
 * list be worked out again. Any other request (another path or method, a query string) takes the
 * router's own walk.
 *
 * If no layer answers, the request leaves the router as it would have at the end of the stack: a
 * pending error goes on to the router (whose later layers are only error handlers that have already
 * passed it on, then Express's final handler); none exits it (`'router'`: Express's 404). In this app
 * Nest's own last two layers answer every request, so neither happens.
 */
export function graphqlFastLane(): RequestHandler {
  let steps: Step[] | undefined;
  let stackLength = -1;
  const lane: RequestHandler = (req, res, next) => {
    if (req.method !== METHOD || req.url !== PATH) return next();
    const stack = routerStack(req.app);
    if (!steps || stack.length !== stackLength) {
      const own = stack.findIndex((layer) => layer.handle === lane);
      // Mounted anywhere but the app's own router, it cannot tell which layers follow it: the router walks.
      if (own < 0) return next();
      steps = stepsAfter(stack, own);
      stackLength = stack.length;
    }
    walk(steps, req, res, next);
  };
  return lane;
}

function routerStack(app: Application): Layer[] {
  return (app as unknown as { router: { stack: Layer[] } }).router.stack;
}

/** The layers after `index` that the router would run for POST /graphql, as its `next` matches them. */
function stepsAfter(stack: Layer[], index: number): Step[] {
  const steps: Step[] = [];
  for (const layer of stack.slice(index + 1)) {
    const match = layer.match(PATH);
    if (!match) continue;
    if (layer.route) {
      if (layer.route._handlesMethod(METHOD)) steps.push({ layer, isRoute: true, mountPath: '', params: match.params });
      continue;
    }
    // As `trimPrefix`: a mount path must be a prefix of the path that ends at a '/'.
    const mountPath = match.path;
    const after = PATH[mountPath.length];
    if (!PATH.startsWith(mountPath) || (after && after !== '/')) continue;
    steps.push({ layer, isRoute: false, mountPath, params: match.params });
  }
  return steps;
}

function walk(steps: Step[], req: Request, res: Response, out: NextFunction): void {
  const url = req.url;
  const baseUrl = req.baseUrl;
  let index = 0;
  const next: NextFunction = (signal?: unknown) => {
    req.url = url;
    req.baseUrl = baseUrl;
    if (signal === 'router') return out('router');
    const error = signal === 'route' ? undefined : signal;
    while (index < steps.length) {
      const step = steps[index++];
      // As in the router: routes do not match with a pending error.
      if (step.isRoute && error) continue;
      req.params = { ...step.params } as Request['params'];
      if (step.mountPath) {
        req.url = url.slice(step.mountPath.length) || '/';
        req.baseUrl = baseUrl + step.mountPath.replace(/\/$/, '');
      }
      if (step.isRoute) req.route = step.layer.route;
      return error ? step.layer.handleError(error, req, res, next) : step.layer.handleRequest(req, res, next);
    }
    out(error ?? 'router');
  };
  next();
}
