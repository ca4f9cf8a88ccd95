// The frame of every page: a skip link, the header (company name and logo, navigation, language, sign-out) and <main>.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { LanguagePicker } from "./LanguagePicker";

interface Props {
  brandName: string;
  logoUrl?: string | null;
  /** Where the company name leads (router path). */
  homePath: string;
  /** Navigation links, shown when signed in. */
  nav?: ReactNode;
  /** The signed-in person and the sign-out button. */
  account?: ReactNode;
  children: ReactNode;
}

export function Layout({ brandName, logoUrl, homePath, nav, account, children }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <header className="site-header">
        <div className="header-inner">
          <Link className="brand" to={homePath}>
            {logoUrl && <img className="brand-logo" src={logoUrl} alt="" />}
            <span className="brand-name">{brandName}</span>
          </Link>
          <div className="header-tools">
            {nav && <nav aria-label={t("app.mainNav")}>{nav}</nav>}
            <LanguagePicker />
            {account}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
