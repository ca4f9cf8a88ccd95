// The pages of one company (/portal/:tenant/...): loads its portal settings, applies its branding (name, logo,
// colour, document title), provides useTenant() and frames the page. An unknown company shows "company not found".
import { useEffect, type ReactNode } from "react";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, Navigate, Outlet, useLocation, useParams } from "react-router";
import { createApi } from "../api/client";
import { tenantSlugPattern } from "../config";
import { getPortalSettings, type PortalSettings } from "../api/portal";
import { ApiProblem } from "../api/problem";
import { applyCompanyLanguage, currentLanguage } from "../i18n";
import { CompanyNotFoundScreen } from "../screens/CompanyNotFound";
import { Layout } from "./Layout";
import { PageHeading } from "./PageHeading";
import { ProblemMessage } from "./ProblemMessage";
import { TenantProvider, useTenant } from "./TenantContext";

const anonymousApi = createApi({ getLanguage: currentLanguage });
const defaultPrimaryColor = "#0B5CAD";

function useBranding(settings: PortalSettings | undefined) {
  useEffect(() => {
    if (settings === undefined) {
      return;
    }
    const color = /^#[0-9a-fA-F]{6}$/.test(settings.primaryColor ?? "") ? settings.primaryColor : defaultPrimaryColor;
    document.documentElement.style.setProperty("--primary", color);
    document.title = settings.displayName;
    applyCompanyLanguage(settings.defaultLocale);
    return () => {
      document.documentElement.style.removeProperty("--primary");
    };
  }, [settings]);
}

export function TenantLayout() {
  const { t } = useTranslation();
  const { tenant = "" } = useParams();
  const validSlug = tenantSlugPattern.test(tenant);
  const settings = useQuery({
    queryKey: ["portal", tenant],
    queryFn: () => getPortalSettings(anonymousApi, tenant),
    staleTime: 5 * 60_000,
    enabled: validSlug,
  });
  useBranding(settings.data);

  if (!validSlug) {
    return <CompanyNotFoundScreen tenant={tenant} />;
  }
  if (settings.isPending) {
    return (
      <Layout brandName={t("app.portalName")} homePath="/">
        <p className="loading">{t("app.loading")}</p>
      </Layout>
    );
  }
  if (settings.isError) {
    if (settings.error instanceof ApiProblem && (settings.error.status === 404 || settings.error.status === 400)) {
      return <CompanyNotFoundScreen tenant={tenant} />;
    }
    return (
      <Layout brandName={t("app.portalName")} homePath="/">
        <PageHeading>{t("company.loadFailed")}</PageHeading>
        <ProblemMessage error={settings.error} />
        <button type="button" onClick={() => void settings.refetch()}>
          {t("app.retry")}
        </button>
      </Layout>
    );
  }
  return (
    <TenantProvider tenant={tenant} settings={settings.data}>
      <TenantFrame>
        <Outlet />
      </TenantFrame>
    </TenantProvider>
  );
}

function TenantFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { tenant, settings, session, signOut } = useTenant();
  const home = `/${tenant}/`;
  return (
    <Layout
      brandName={settings.displayName}
      logoUrl={settings.logoUrl}
      homePath={home}
      nav={session ? <Link to={home}>{t("tickets.title")}</Link> : undefined}
      account={
        session ? (
          <div className="account">
            {session.name && <span className="account-name">{t("auth.signedInAs", { name: session.name })}</span>}
            <button type="button" className="secondary" onClick={() => void signOut()}>
              {t("auth.signOut")}
            </button>
          </div>
        ) : undefined
      }
    >
      {children}
    </Layout>
  );
}

/** A page for signed-in customers: sends anyone else to sign-in, and back here afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { tenant, session } = useTenant();
  const location = useLocation();
  if (session === undefined) {
    return <p className="loading">{t("app.loading")}</p>;
  }
  if (session === null) {
    return <Navigate to={`/${tenant}/signin`} replace state={{ returnTo: `${location.pathname}${location.search}` }} />;
  }
  return <>{children}</>;
}
