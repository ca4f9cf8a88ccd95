// The company's portal settings (GetPortalSettings, GET /api/v1/portal/{tenant}, anonymous): name, logo, colour,
// default language, time zone, sign-in and upload limits. An unknown company answers 404.
import * as sdk from "./generated/sdk.gen";
import type { PortalSettingsResponse, PortalSignIn } from "./generated/types.gen";
import type { Api } from "./client";

/** The API sends `signIn: null` when the company has no identity provider (the schema only says "optional"). */
export type PortalSettings = Omit<PortalSettingsResponse, "signIn"> & { signIn?: PortalSignIn | null };
export type { PortalSignIn };

export async function getPortalSettings(api: Api, tenant: string): Promise<PortalSettings> {
  return (await sdk.getPortalSettings({ ...api, path: { tenant } })).data;
}
