// Public face of the output contract `standpoint/v1`: the JSON shape outside tools depend on.
export { toV1, SCHEMA, type V1Output, type V1Options } from './v1.js';
