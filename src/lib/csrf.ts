/**
 * The header the SPA sets on every mutating request. A cross-site form cannot set custom headers
 * and a cross-site fetch that tries needs a CORS preflight the server never grants, so its
 * presence (with a same-origin Origin) proves the request came from routedeck's own pages.
 */
export const CSRF_HEADER = 'X-Routedeck-Csrf';
export const CSRF_VALUE = '1';
