// graphql-ws publishes `graphql-ws/use/ws` through package exports only, which this project's
// "node" module resolution does not read (Node, tsx and Jest resolve it at run time through the
// exports). Its CommonJS declarations are named here for the compiler; a tsconfig `paths` entry
// would not do, since tsx applies those to run-time imports too and would load the declarations.
declare module 'graphql-ws/use/ws' {
  export * from 'graphql-ws/dist/use/ws.cjs';
}
