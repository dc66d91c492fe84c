import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, DocumentNode, visit } from 'graphql';
import { NextFunction, Request, RequestHandler, Response } from 'express';
import { AppError, describeError, errorBody, ErrorCode, InvalidInputValue } from '../errors/error-mapping';

/**
 * Inputs refused before anything reads them (issue 11, "Abuse and bad input"):
 * - variables nested deeper than any input type of the schema: the response cache hashes them
 *   with JSON.stringify and graphql-js coerces them recursively, so 100,000 levels overflowed the
 *   stack (a 500 and a stack trace in the log);
 * - the null character in any string, which PostgreSQL refuses in text (every string may reach
 *   SQL: searches, slugs, an applicant's details).
 * Variables are checked by an Express middleware, before the response cache; strings written in
 * the document itself by an Apollo plugin, once the document is parsed.
 */

/** Deeper than any input of the schema (resource content is the deepest, about 6 levels). */
export const MAX_VARIABLE_DEPTH = 32;

export type VariablesFault = 'TOO_DEEP' | 'NULL_BYTE';

const NULL_BYTE_MESSAGE = 'Text may not contain the null character (U+0000).';

/** The first fault of a request's variables, walked without recursion so that depth alone cannot overflow. */
export function variablesFault(variables: unknown): VariablesFault | null {
  const pending: [unknown, number][] = [[variables, 0]];
  while (pending.length > 0) {
    const [value, depth] = pending.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return 'NULL_BYTE';
    } else if (value !== null && typeof value === 'object') {
      if (depth >= MAX_VARIABLE_DEPTH) return 'TOO_DEEP';
      for (const [key, item] of Object.entries(value)) {
        if (key.includes('\u0000')) return 'NULL_BYTE';
        pending.push([item, depth + 1]);
      }
    }
  }
  return null;
}

/** The variables of a POST body, or of a GET's query string (JSON text Apollo would parse). */
function requestVariables(request: Request): unknown {
  if (request.method === 'GET') {
    const text = request.query.variables;
    if (typeof text !== 'string') return undefined;
    try {
      return JSON.parse(text);
    } catch {
      return undefined; // Apollo answers malformed JSON itself
    }
  }
  const body = request.body as unknown;
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>).variables : undefined;
}

/** Express middleware for /graphql, after the JSON body is parsed and before the response cache. */
export function refuseHarmfulVariables(): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const fault = variablesFault(requestVariables(request));
    if (!fault) return next();
    const error = fault === 'TOO_DEEP'
      ? new AppError(ErrorCode.BAD_REQUEST, `Variables may nest at most ${MAX_VARIABLE_DEPTH} levels deep.`)
      : new InvalidInputValue(NULL_BYTE_MESSAGE);
    const described = describeError(error);
    response.status(described.status).json(errorBody(described));
  };
}

function hasNullByteLiteral(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (!node.value.includes('\u0000')) return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

/** Apollo plugin: strings written in the document (`provider(slug: "a\u0000")`) get the same refusal as variables. */
export const refuseNullBytesInDocument: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document }) {
        if (hasNullByteLiteral(document)) throw new InvalidInputValue(NULL_BYTE_MESSAGE);
      },
    };
  },
};
