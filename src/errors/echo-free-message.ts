/**
 * graphql-js and Apollo quote the offending input in their messages ("Variable "$y" got invalid
 * value "…"", "Int cannot represent non-integer value: "…"", "Cannot query field "…""), so a
 * 529 KB bad value came back twice in a 1 MB answer. Errors never echo input values: these
 * rewrite the known forms without the value, shorten any other quoted text and cap the length.
 */
const MAX_QUOTED = 40;
const MAX_MESSAGE = 300;

const REWRITES: [RegExp, string][] = [
  // Variable coercion: the value follows "got invalid value", and the scalar's reason may quote it again.
  [/^(Variable "[^"]*") got invalid value[\s\S]*$/, '$1 got an invalid value.'],
  // Literals: "Expected value of type "Int", found "…"; …".
  [/^(Expected value of type "[^"]*"), found[\s\S]*$/, '$1.'],
  // Scalars and enums: "Int cannot represent non-integer value: …", "Enum "X" cannot represent non-enum value: …",
  // "DateTime cannot represent an invalid date-time-string …".
  [/^(.{0,80}? cannot represent)[\s\S]*$/, '$1 this value.'],
  // Enum values: "Value "…" does not exist in "Kind" enum."
  [/^Value "(?:[^"\\]|\\.)*" does not exist in/, 'The value does not exist in'],
];

const VARIABLE_ERROR = /^Variable "[^"]*" got invalid value/;

/**
 * A message of graphql-js or Apollo about a client's request, without the values it quoted.
 * `reason` is the original error of a variable's refusal (the scalar's or enum's), which says
 * what was expected: it is kept, without its own quotes of the value.
 */
export function withoutEchoedValues(message: string, reason?: string): string {
  let safe = message;
  for (const [pattern, replacement] of REWRITES) safe = safe.replace(pattern, replacement);
  if (reason && reason !== message && VARIABLE_ERROR.test(message)) safe = `${safe} ${withoutEchoedValues(reason)}`;
  // Names and tokens the client wrote ("Cannot query field "…"", "Unexpected Name "…"").
  safe = safe.replace(/"(?:[^"\\]|\\.)*"/g, (quoted) => (quoted.length > MAX_QUOTED + 2 ? '"…"' : quoted));
  return safe.length > MAX_MESSAGE ? `${safe.slice(0, MAX_MESSAGE)}…` : safe;
}
