// Where the portal lives and where the API is.

/** The portal's base path, from vite.config.ts `base` ("/portal/"). */
export const basePath: string = import.meta.env.BASE_URL;

/** The router's basename: the base path without its trailing slash ("/portal"). */
export const routerBasename: string = basePath.replace(/\/+$/, "");

/** The API's address: VITE_API_BASE_URL when the portal runs alone on another origin, else the page's own origin. */
export const apiBaseUrl: string = (import.meta.env.VITE_API_BASE_URL ?? "").trim().replace(/\/+$/, "") || window.location.origin;

/** An absolute address inside the portal, for example portalUrl("demo/callback"). */
export function portalUrl(path: string): string {
  return `${window.location.origin}${basePath}${path.replace(/^\/+/, "")}`;
}

/** A tenant slug as the API accepts it: lowercase letters, digits and inner hyphens. */
export const tenantSlugPattern = /^[a-z0-9][a-z0-9-]{0,61}[a-z0-9]$/;
