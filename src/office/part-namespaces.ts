// The namespaces of the add-in's custom XML parts: what the Excel calls look for, apart from the format itself
// (document-part.ts), so that reading the parts' ids does not load the code that decodes them.

/** One part per document (this format). */
export const DOCUMENT_NAMESPACE = "urn:policy-targets:document:2";
/** Version 1 workbooks: one part with the whole dataset, read and migrated on the first write. */
export const LEGACY_NAMESPACE = "urn:policy-targets:dataset:1";
