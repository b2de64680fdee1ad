import { sql } from 'kysely';

/**
 * A text[] column value. The explicit cast makes both engines bind a JS array as a Postgres array
 * (PGlite cannot infer the parameter type otherwise); typed as string[] so it fits the row types.
 */
export const textArray = (values: readonly string[]): string[] => sql`${values}::text[]` as unknown as string[];
