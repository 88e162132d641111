/** Ends an exhaustive switch: a new union member that is not handled breaks the build here. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
