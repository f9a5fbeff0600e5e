/** Nest injection token for the validated {@link AppConfig}. */
export const APP_CONFIG = Symbol('APP_CONFIG');
