// Sign-in with the company's identity provider: OpenID Connect Authorization Code + PKCE through oidc-client-ts.
// The API token is the user's access_token. Users and sign-in state live in sessionStorage, keyed per tenant.
import { UserManager, WebStorageStateStore, type User } from "oidc-client-ts";
import type { PortalSignIn } from "../api/portal";
import { portalUrl } from "../config";

/** What the portal carries through the identity provider and back: the page to return to. */
export interface SignInState {
  returnTo: string;
}

const managers = new Map<string, UserManager>();

/** One UserManager per tenant and sign-in configuration. */
export function userManagerFor(tenant: string, signIn: PortalSignIn): UserManager {
  const id = `${tenant}|${signIn.authority}|${signIn.clientId}|${signIn.scope}`;
  let manager = managers.get(id);
  if (manager === undefined) {
    const prefix = `posvendas.portal.${tenant}.oidc.`;
    manager = new UserManager({
      authority: signIn.authority,
      client_id: signIn.clientId,
      scope: signIn.scope,
      response_type: "code",
      redirect_uri: portalUrl(`${tenant}/callback`),
      post_logout_redirect_uri: portalUrl(`${tenant}/`),
      userStore: new WebStorageStateStore({ store: window.sessionStorage, prefix }),
      stateStore: new WebStorageStateStore({ store: window.sessionStorage, prefix }),
      automaticSilentRenew: false,
      monitorSession: false,
    });
    managers.set(id, manager);
  }
  return manager;
}

/** The signed-in user while their access token is still valid. */
export async function currentUser(manager: UserManager): Promise<User | null> {
  const user = await manager.getUser();
  return user !== null && !user.expired && user.access_token ? user : null;
}

export function startSignIn(manager: UserManager, returnTo: string, language: string): Promise<void> {
  const state: SignInState = { returnTo };
  return manager.signinRedirect({ state, ui_locales: language });
}

// The code in the callback address can be redeemed once: React's development double effects must not try twice.
const callbacks = new Map<string, Promise<User>>();

export function completeSignIn(manager: UserManager): Promise<User> {
  const url = window.location.href;
  let pending = callbacks.get(url);
  if (pending === undefined) {
    pending = manager.signinRedirectCallback(url);
    callbacks.set(url, pending);
  }
  return pending;
}

/**
 * Signs out at the identity provider when it offers that (it comes back to the tenant's home); the local user is
 * already removed. Without an end_session_endpoint the local sign-out is all there is.
 */
export async function signOutAtProvider(manager: UserManager, tenant: string, idToken: string | undefined): Promise<void> {
  try {
    await manager.signoutRedirect({ id_token_hint: idToken });
  } catch {
    window.location.assign(portalUrl(`${tenant}/`));
  }
}

export function returnToOf(user: User): string | undefined {
  const state = user.state as Partial<SignInState> | undefined;
  return typeof state?.returnTo === "string" ? state.returnTo : undefined;
}
