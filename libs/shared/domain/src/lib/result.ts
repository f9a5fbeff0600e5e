/**
 * What a write (or any step that may fail) gives back, the one shape for the whole web app:
 * `ok` narrows to the value or to the error, which callers turn into words where they show it.
 * With nothing to give back, `Result` is `Result<void>`: `{ ok: true, value: undefined }`.
 */
export type Result<T = void> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };
