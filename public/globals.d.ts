// Globals the explorer's scripts rely on, for the type check of public/ (tsconfig checkJs).

/** Cytoscape, loaded as a classic script from /vendor/cytoscape before the modules. */
declare const cytoscape: typeof import('cytoscape');

/** graphql-ws's browser client, loaded as a classic script from /vendor/graphql-ws (its UMD build). */
declare const graphqlWs: typeof import('graphql-ws/client');

interface Window {
  /** The explorer's handle for tests and the console (see explore.js). */
  __explorer: unknown;
}
