// Development only: POST /dev/tokens mints a token for any customer of a tenant (not in the OpenAPI contract; the
// API maps it only in its Development environment, and the portal settings say so with `developmentTokens`).
import { apiBaseUrl } from "../config";
import { problemFromText } from "./problem";

export interface DevToken {
  accessToken: string;
  expiresAt: string;
}

export async function issueDevToken(tenant: string, email: string, name: string, language: string): Promise<DevToken> {
  const response = await fetch(`${apiBaseUrl}/dev/tokens`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json", "Accept-Language": language },
    body: JSON.stringify({ tenant, email, name, role: "customer" }),
  }).catch(() => {
    throw problemFromText(0, "");
  });
  const text = await response.text();
  if (!response.ok) {
    throw problemFromText(response.status, text);
  }
  return JSON.parse(text) as DevToken;
}
