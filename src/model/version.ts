/**
 * The dataset contract's schema version. The contract itself, with its validation, is `schema.ts`; this
 * constant stands alone so that code which only stamps or compares the version does not load the validator.
 */
export const SCHEMA_VERSION = 2 as const;
