/** Replaced at bundle time; the fallback serves tests that run from source. */
declare const __RAPPORT_VERSION__: string | undefined;
export const APP_VERSION: string = typeof __RAPPORT_VERSION__ === 'string' ? __RAPPORT_VERSION__ : '0.0.0-dev';
