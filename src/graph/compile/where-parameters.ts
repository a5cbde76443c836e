import type { FieldParameters } from './compile-scope';
import { WhereSink, type WhereInput } from './compile-where';
import type { FieldSelection } from './selection';

/**
 * The sink of a field's `where` (or of what is left of it once an anchor is taken out: the rest
 * keeps the where's paths): each value the filter binds is recorded as a parameter of the field,
 * read from the where that `whereOf` finds in a request's field.
 */
export function whereParameters(
  parameters: FieldParameters,
  prefix: string,
  whereOf: (field: FieldSelection) => WhereInput,
): WhereSink {
  return new WhereSink(prefix, (name, read) => parameters.bind(name, (field) => read(whereOf(field))));
}

/** The `where` argument of a field that has one (the shape says so). */
export function whereArgumentOf(field: FieldSelection): WhereInput {
  return field.args.where as WhereInput;
}
