import type { Application, RequestHandler } from 'express';

/**
 * GraphQL answers go without an ETag. They are `no-store` (`noStoreAnswers`): no browser or proxy
 * keeps one, so none ever revalidates it, yet Express's `res.send` took a SHA-1 of every answer to
 * make one (about 20 µs for a directory page of 50, more for larger answers; issue #13,
 * docs/performance.md "Sixth round: the HTTP edge"). Express reads the setting from `res.app`, so
 * these responses get a view of the app whose `etag fn` is unset; every other route keeps its ETags.
 */
export function answersWithoutEtag(): RequestHandler {
  const views = new WeakMap<Application, Application>();
  return (req, res, next) => {
    let view = views.get(req.app);
    if (!view) {
      view = Object.create(req.app, {
        settings: { value: Object.create(req.app.settings, { 'etag fn': { value: undefined } }) },
      }) as Application;
      views.set(req.app, view);
    }
    res.app = view;
    next();
  };
}
