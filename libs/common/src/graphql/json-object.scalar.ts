import { GraphQLJSONObject as UnsafeJSONObject } from 'graphql-scalars';
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { isPrototypeKey, jsonViolation } from '../http/json-limits';
import { GraphQLLimitReason, limitError } from './limit-error';

/** graphql-scalars builds literals with plain assignment, so `__proto__` must be refused before it runs. */
function prototypeKeyIn(node: ValueNode): string | null {
  if (node.kind === Kind.LIST) return node.values.map(prototypeKeyIn).find((key) => key !== null) ?? null;
  if (node.kind !== Kind.OBJECT) return null;
  for (const field of node.fields) {
    if (isPrototypeKey(field.name.value)) return field.name.value;
    const nested = prototypeKeyIn(field.value);
    if (nested) return nested;
  }
  return null;
}

function checked<T>(value: T): T {
  const violation = jsonViolation(value, 'JSONObject');
  if (violation) throw limitError(GraphQLLimitReason.INVALID_INPUT, violation);
  return value;
}

/**
 * graphql-scalars' `JSONObject`, under the same name, with the limits every JSON body has
 * (depth, sizes, no NUL, no prototype keys), for variables and inline literals alike.
 */
export const GraphQLJSONObject = new GraphQLScalarType({
  ...UnsafeJSONObject.toConfig(),
  parseValue: (value) => checked(UnsafeJSONObject.parseValue(value)),
  parseLiteral: (node, variables) => {
    const key = prototypeKeyIn(node);
    if (key) throw limitError(GraphQLLimitReason.INVALID_INPUT, `JSONObject: key ${key} not allowed`);
    return checked(UnsafeJSONObject.parseLiteral(node, variables));
  },
});
