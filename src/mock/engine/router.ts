/**
 * Finds the operation a request is for. Path templates from the operation table are compiled
 * once into segment matchers, bucketed by method and segment count, and ordered so that a
 * literal segment beats a parameter (`/locks/shared-locks` before `/locks/{lockId}`).
 */
import type { OperationInfo } from '../../../generated/operations.js';

/** A route that matched: its operation and the decoded path parameters. */
export interface RouteMatch {
  operation: OperationInfo;
  params: Record<string, string>;
}

/** Matches method and path to an operation. */
export interface Router {
  /** The operation for an upper-case method and a path without query, if any. */
  match(method: string, path: string): RouteMatch | undefined;
}

interface CompiledRoute {
  operation: OperationInfo;
  /** Per segment: the literal text, or `null` where a parameter goes. */
  literals: (string | null)[];
  /** Parameter names, by segment index. */
  names: (string | null)[];
}

function compile(operation: OperationInfo): CompiledRoute {
  const segments = operation.path.split('/').slice(1);
  const parameter = /^\{(.+)\}$/;

  return {
    operation,
    literals: segments.map((segment) => (parameter.test(segment) ? null : segment)),
    names: segments.map((segment) => parameter.exec(segment)?.[1] ?? null),
  };
}

// Earlier literal segments win; routes are otherwise kept in table order.
function bySpecificity(left: CompiledRoute, right: CompiledRoute): number {
  for (let index = 0; index < left.literals.length; index += 1) {
    const leftLiteral = left.literals[index] !== null;
    const rightLiteral = right.literals[index] !== null;
    if (leftLiteral !== rightLiteral) return leftLiteral ? -1 : 1;
  }
  return 0;
}

function tryRoute(route: CompiledRoute, segments: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};

  for (let index = 0; index < segments.length; index += 1) {
    const segment = segments[index] as string;
    const literal = route.literals[index];

    if (literal === null) {
      if (segment === '') return undefined;
      params[route.names[index] as string] = safeDecode(segment);
    } else if (literal !== segment) {
      return undefined;
    }
  }
  return params;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Compiles a router over an operation table.
 *
 * @example
 * ```ts
 * const router = createRouter(operationTable);
 * router.match('GET', '/locks/abc'); // { operation: LockController_findOne, params: { lockId } }
 * ```
 */
export function createRouter(operations: readonly OperationInfo[]): Router {
  const buckets = new Map<string, Map<number, CompiledRoute[]>>();

  for (const operation of operations) {
    const route = compile(operation);
    const method = operation.method.toUpperCase();
    const byLength = buckets.get(method) ?? new Map<number, CompiledRoute[]>();
    const routes = byLength.get(route.literals.length) ?? [];

    routes.push(route);
    byLength.set(route.literals.length, routes);
    buckets.set(method, byLength);
  }

  for (const byLength of buckets.values()) {
    for (const routes of byLength.values()) routes.sort(bySpecificity);
  }

  return {
    match(method, path) {
      // Express ignores one trailing slash; so does the fake.
      const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
      const segments = trimmed.split('/').slice(1);
      const routes = buckets.get(method)?.get(segments.length);
      if (routes === undefined) return undefined;

      for (const route of routes) {
        const params = tryRoute(route, segments);
        if (params) return { operation: route.operation, params };
      }
      return undefined;
    },
  };
}
