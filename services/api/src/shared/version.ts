/** API version, reported by apiInfo and /healthz. */
export const version = '0.1.0';
