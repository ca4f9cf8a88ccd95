// Any address the portal does not know.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageHeading } from "../components/PageHeading";

export function NotFoundScreen({ home = "/" }: { home?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t("errors.notFoundTitle")}</PageHeading>
      <p>{t("errors.notFoundText")}</p>
      <p>
        <Link to={home}>{t("errors.home")}</Link>
      </p>
    </>
  );
}
