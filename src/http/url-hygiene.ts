import { NextFunction, Request, Response } from 'express';
import { describeError, errorBody, InvalidInputValue } from '../errors/error-mapping';

/**
 * The null character, written %00 anywhere in a URL (a route's parameters, its query string), is
 * refused before any route reads it: PostgreSQL refuses it in text, and
 * `GET /resources/diba/%00.jsonld` was a 500. HTTP itself cannot carry a raw one in the URL.
 */
export function refuseNullBytesInUrl(request: Request, response: Response, next: NextFunction): void {
  if (!/%00/i.test(request.originalUrl)) return next();
  const described = describeError(new InvalidInputValue('A URL may not contain the null character (%00).'));
  response.status(described.status).json(errorBody(described));
}
