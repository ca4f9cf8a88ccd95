// Everything a screen of one company needs: its slug and portal settings, the API (with the signed-in person's
// token), the session and the sign-in and sign-out actions. Screens read it with useTenant().
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useQueryClient } from "@tanstack/react-query";
import type { User, UserManager } from "oidc-client-ts";
import { createApi, type Api, type ApiClientOptions } from "../api/client";
import { issueDevToken } from "../api/devTokens";
import type { PortalSettings } from "../api/portal";
import { clearDevToken, loadDevToken, saveDevToken } from "../auth/devToken";
import { currentUser, signOutAtProvider, userManagerFor } from "../auth/oidc";
import { currentLanguage } from "../i18n";

export interface Session {
  token: string;
  name?: string;
  kind: "oidc" | "development";
}

export interface TenantContextValue {
  tenant: string;
  settings: PortalSettings;
  api: Api;
  /** For the hand-written requests (uploads with progress). */
  apiOptions: ApiClientOptions;
  /** undefined while the stored session is being read; null when signed out. */
  session: Session | null | undefined;
  /** The API answered 401: the person must sign in again. */
  sessionExpired: boolean;
  /** The identity provider's client, when the company configured sign-in. */
  userManager: UserManager | null;
  signInWithDevToken: (email: string, name: string) => Promise<void>;
  acceptSignedInUser: (user: User) => void;
  signOut: () => Promise<void>;
}

const TenantContext = createContext<TenantContextValue | null>(null);

export function useTenant(): TenantContextValue {
  const value = useContext(TenantContext);
  if (value === null) {
    throw new Error("useTenant() is used outside a tenant's pages.");
  }
  return value;
}

function sessionOf(user: User): Session {
  return { token: user.access_token, name: user.profile.name ?? user.profile.email, kind: "oidc" };
}

export function TenantProvider({ tenant, settings, children }: { tenant: string; settings: PortalSettings; children: ReactNode }) {
  const queryClient = useQueryClient();
  const [session, setSessionState] = useState<Session | null | undefined>(undefined);
  const [sessionExpired, setSessionExpired] = useState(false);
  // The API client reads the token from here, so it always sends the current one.
  const tokenRef = useRef<string | undefined>(undefined);

  const setSession = useCallback((next: Session | null) => {
    tokenRef.current = next?.token;
    setSessionState(next);
    if (next !== null) {
      setSessionExpired(false);
    }
  }, []);

  const userManager = useMemo(() => (settings.signIn ? userManagerFor(tenant, settings.signIn) : null), [tenant, settings.signIn]);

  const endSession = useCallback(async () => {
    clearDevToken(tenant);
    await userManager?.removeUser();
    setSession(null);
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== "portal" });
  }, [tenant, userManager, setSession, queryClient]);

  const apiOptions = useMemo<ApiClientOptions>(
    () => ({
      getToken: () => tokenRef.current,
      getLanguage: currentLanguage,
      onUnauthorized: () => {
        if (tokenRef.current !== undefined) {
          setSessionExpired(true);
          void endSession();
        }
      },
    }),
    [endSession],
  );
  const api = useMemo(() => createApi(apiOptions), [apiOptions]);

  // The session this tab already has: a development token, else the identity provider's user.
  useEffect(() => {
    let cancelled = false;
    async function restore() {
      const devToken = settings.developmentTokens ? loadDevToken(tenant) : null;
      if (devToken !== null) {
        setSession({ token: devToken.accessToken, name: devToken.name, kind: "development" });
        return;
      }
      const user = userManager ? await currentUser(userManager).catch(() => null) : null;
      // A sign-in that finished meanwhile (the callback page) wins over what was stored before it.
      if (!cancelled && tokenRef.current === undefined) {
        setSession(user ? sessionOf(user) : null);
      }
    }
    void restore();
    return () => {
      cancelled = true;
    };
  }, [tenant, settings.developmentTokens, userManager, setSession]);

  const value = useMemo<TenantContextValue>(
    () => ({
      tenant,
      settings,
      api,
      apiOptions,
      session,
      sessionExpired,
      userManager,
      signInWithDevToken: async (email, name) => {
        const token = await issueDevToken(tenant, email, name, currentLanguage());
        saveDevToken(tenant, { ...token, email, name });
        setSession({ token: token.accessToken, name, kind: "development" });
      },
      acceptSignedInUser: (user) => setSession(sessionOf(user)),
      signOut: async () => {
        const kind = session?.kind;
        const idToken = userManager ? (await userManager.getUser())?.id_token : undefined;
        await endSession();
        if (kind === "oidc" && userManager) {
          await signOutAtProvider(userManager, tenant, idToken);
        }
      },
    }),
    [tenant, settings, api, apiOptions, session, sessionExpired, userManager, endSession, setSession],
  );

  return <TenantContext.Provider value={value}>{children}</TenantContext.Provider>;
}
