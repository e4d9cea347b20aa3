/**
 * The closed vocabularies of the model, as plain constants: schema.ts builds its zod enums from
 * them, and code that only needs the list (the CLI checking --status) does not have to load zod.
 */
export const DOCUMENT_KINDS = ['plan', 'notice', 'progress', 'report'] as const;
export const STATUS_CODES = ['done', 'good', 'on_schedule', 'lagging', 'stalled', 'at_risk', 'unknown'] as const;

/** Version of the JSON a parse produces (schema.ts re-exports it beside the zod objects). */
export const SCHEMA_VERSION = 1;
