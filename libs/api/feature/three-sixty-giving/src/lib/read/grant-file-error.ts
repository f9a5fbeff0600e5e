/** A problem with the whole file (not one row): the import stops and keeps nothing. */
export class GrantFileError extends Error {}
