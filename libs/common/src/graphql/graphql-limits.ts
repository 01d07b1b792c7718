/**
 * What one GraphQL document may ask for. Every query of the admin console and of the test
 * suites fits well inside; a document beyond any of them is refused before it runs.
 */
export const GRAPHQL_LIMITS = {
  /** Nesting of selections: the deepest console query (conversations → contact → identities → messages) is 7. */
  depth: 10,
  /** Aliased fields per operation: enough for a dashboard that asks one list several ways. */
  aliases: 15,
  /** Directives per operation (`@include`, `@skip`). */
  directives: 20,
  /** Lexical tokens of the document: bounds parsing before anything else looks at it. */
  tokens: 2_000,
  /**
   * Cost: each field 1, a connection's selection times its page size (`first`), so nested
   * lists are priced at what they can return. A console page of 100 contacts with all their
   * fields and identities costs ~3,000, 50 conversations with 20 messages each ~4,500;
   * 100 contacts × 100 messages each costs over 20,000.
   */
  cost: 10_000,
} as const;
