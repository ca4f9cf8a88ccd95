// /portal/<code>/ for a code no company has (the portal settings answered 404).
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Layout } from "../components/Layout";
import { PageHeading } from "../components/PageHeading";

export function CompanyNotFoundScreen({ tenant }: { tenant: string }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t("company.notFoundTitle");
  }, [t]);
  return (
    <Layout brandName={t("app.portalName")} homePath="/">
      <PageHeading>{t("company.notFoundTitle")}</PageHeading>
      <p>{t("company.notFoundText", { tenant })}</p>
      <p>
        <Link to="/">{t("company.tryAnother")}</Link>
      </p>
    </Layout>
  );
}
