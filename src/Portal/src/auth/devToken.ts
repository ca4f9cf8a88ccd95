// The development token of a tenant, kept in sessionStorage (this tab only, gone when it closes).
import type { DevToken } from "../api/devTokens";

export interface StoredDevToken extends DevToken {
  email: string;
  name: string;
}

const key = (tenant: string) => `posvendas.portal.${tenant}.devToken`;

export function saveDevToken(tenant: string, token: StoredDevToken): void {
  sessionStorage.setItem(key(tenant), JSON.stringify(token));
}

/** The stored token while it has more than a minute left; an expired one is removed. */
export function loadDevToken(tenant: string): StoredDevToken | null {
  const text = sessionStorage.getItem(key(tenant));
  if (text === null) {
    return null;
  }
  try {
    const token = JSON.parse(text) as StoredDevToken;
    if (typeof token.accessToken === "string" && Date.parse(token.expiresAt) - Date.now() > 60_000) {
      return token;
    }
  } catch {
    // Not ours: removed below.
  }
  clearDevToken(tenant);
  return null;
}

export function clearDevToken(tenant: string): void {
  sessionStorage.removeItem(key(tenant));
}
