import {
  getNamedType, getNullableType, GraphQLField, GraphQLObjectType, GraphQLResolveInfo, GraphQLSchema, isListType, isNonNullType,
} from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { RequestContext } from '../graphql/context';
import { AuthenticationRequired, DomainError } from './domain-error';
import { AppError, describeError } from './error-mapping';
import { domainErrorAsUserError, UserError } from './user-error';
import { validationUserErrors } from './validation-errors';

/**
 * Applies the error contract to the root fields of a built schema, once, instead of in every
 * resolver (and without wrapping every field of every type, which would cost each response):
 * - a mutation answers an expected failure (DomainError, argument validation) as `userErrors` in
 *   its payload, and every payload gets `warnings: []` when the service had none;
 * - a query answers it as a top-level error whose message is in the request's locale.
 * Authentication failures and unexpected faults stay top-level in both.
 */
export function applyErrorContract(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) wrapMutation(field);
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) wrapQuery(field);
  return schema;
}

/** Expected failures a mutation returns as values; null for anything else. */
function asUserErrors(error: unknown): UserError[] | null {
  if (error instanceof DomainError) return [domainErrorAsUserError(error)];
  if (error instanceof ArgumentValidationError) return validationUserErrors(error.extensions.validationErrors as never);
  return null;
}

function wrapMutation(field: GraphQLField<unknown, RequestContext>): void {
  const resolve = field.resolve;
  if (!resolve) return;
  field.resolve = async (source, args, context, info) => {
    try {
      return withWarnings(await resolve(source, args, context, info));
    } catch (error) {
      const userErrors = asUserErrors(error);
      if (!userErrors) throw localized(error, context);
      return refusedPayload(info, userErrors);
    }
  };
}

function wrapQuery(field: GraphQLField<unknown, RequestContext>): void {
  const resolve = field.resolve;
  if (!resolve) return;
  field.resolve = async (source, args, context, info) => {
    try {
      return await resolve(source, args, context, info);
    } catch (error) {
      throw localized(error, context, Object.keys(args).find((name) => args[name] && typeof args[name] === 'object'));
    }
  };
}

/** Expected errors as AppErrors with the request's language; anything else unchanged, for formatError to judge. */
function localized(error: unknown, context: RequestContext, argument?: string): unknown {
  if (error instanceof ArgumentValidationError) {
    const [first] = validationUserErrors(error.extensions.validationErrors as never, argument);
    const described = describeError(new DomainError(first.code, first.field, first.params), context.locale);
    return new AppError(described.code, described.message, { field: first.field, reason: first.code });
  }
  if (error instanceof DomainError || error instanceof AuthenticationRequired) {
    const described = describeError(error, context.locale);
    const { code: _code, ...extensions } = described.extensions;
    return new AppError(described.code, described.message, extensions);
  }
  return error;
}

/** Services that predate `warnings` return payloads without it. */
function withWarnings(result: unknown): unknown {
  if (result && typeof result === 'object' && !Array.isArray(result)) {
    const payload = result as { userErrors?: unknown; warnings?: unknown };
    if (payload.warnings === undefined || payload.userErrors === undefined) {
      return Object.assign(Object.create(Object.getPrototypeOf(result)), result, {
        userErrors: payload.userErrors ?? [], warnings: payload.warnings ?? [],
      });
    }
  }
  return result;
}

/**
 * The payload of a refused mutation: the errors, and the result fields empty. A non-null list is
 * empty and a non-null Boolean false (e.g. `created`): nothing was done.
 */
function refusedPayload(info: GraphQLResolveInfo, userErrors: UserError[]): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  const type = getNamedType(info.returnType);
  if (type instanceof GraphQLObjectType) {
    for (const [name, field] of Object.entries(type.getFields())) {
      if (!isNonNullType(field.type)) payload[name] = null;
      else if (isListType(getNullableType(field.type))) payload[name] = [];
      else if (getNamedType(field.type).name === 'Boolean') payload[name] = false;
    }
  }
  return { ...payload, userErrors, warnings: [] };
}
