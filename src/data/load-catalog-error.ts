import { DataFileError } from './fetch-data-file';

/** The catalog (or the first view's index of it) could not be used: which file, and what is wrong. */
export class CatalogLoadError extends DataFileError {}
