import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

const NO_STORE: GraphQLRequestListener<BaseContext> = {
  async willSendResponse({ response }) {
    response.http.headers.set('cache-control', 'no-store');
  },
};

/**
 * GraphQL answers are never stored by browsers or proxies (they are one user's view), without
 * Apollo's cache-control plugin. Apollo installs that plugin by default, and it works out a cache
 * hint for every field resolved: a policy object and closures per field, and Apollo wraps every
 * resolver of the schema to call it. Nothing here sets cache hints, so its only outcome was the
 * `no-store` header; for a page of 20 partnerships with their members that was over a thousand
 * hints per request (issue #13, docs/performance.md "Per-request cost in the API").
 */
export function noStoreAnswers(): ApolloServerPlugin[] {
  return [
    ApolloServerPluginCacheControlDisabled(),
    // One listener for every request: it keeps no state of its own.
    { requestDidStart: async () => NO_STORE },
  ];
}
