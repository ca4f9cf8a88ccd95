// The generated SDK's fetch client, set up for the portal: the API's address, the bearer token, the portal's language
// in Accept-Language (the API localizes labels and messages by it), 401 → back to sign-in, errors as ApiProblem.
import { type Client, createClient } from "./generated/client";
import { apiBaseUrl } from "../config";
import { ApiProblem, toApiProblem } from "./problem";

export interface ApiClientOptions {
  /** The current access token; undefined sends no Authorization header (anonymous operations). */
  getToken?: () => string | undefined;
  /** The portal's current language (pt-BR, en, es). */
  getLanguage: () => string;
  /** Called when the API answers 401: the token expired or was refused. */
  onUnauthorized?: () => void;
}

/** What each SDK call spreads in: `sdk.getTicket({ ...api, path: { number } })`. Calls throw ApiProblem on errors. */
export interface Api {
  client: Client;
  throwOnError: true;
}

export function createApi(options: ApiClientOptions): Api {
  const client = createClient({
    baseUrl: apiBaseUrl,
    auth: () => options.getToken?.(),
  });
  client.interceptors.request.use((request) => {
    request.headers.set("Accept-Language", options.getLanguage());
    return request;
  });
  client.interceptors.response.use((response) => {
    if (response.status === 401) {
      options.onUnauthorized?.();
    }
    return response;
  });
  client.interceptors.error.use((error, response) => toApiProblem(error, response));
  return { client, throwOnError: true };
}

/** The headers every hand-written request (uploads, development tokens) sends, like the SDK's. */
export function commonHeaders(options: ApiClientOptions): Record<string, string> {
  const headers: Record<string, string> = { Accept: "application/json", "Accept-Language": options.getLanguage() };
  const token = options.getToken?.();
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  return headers;
}

export { ApiProblem };
