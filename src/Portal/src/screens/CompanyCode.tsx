// /portal/: asks for the company's code (its tenant slug) and goes to /portal/<code>/.
import { useEffect, useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { Layout } from "../components/Layout";
import { PageHeading } from "../components/PageHeading";
import { tenantSlugPattern } from "../config";

export function CompanyCodeScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const [code, setCode] = useState("");
  const [invalid, setInvalid] = useState(false);

  useEffect(() => {
    document.title = t("company.title");
  }, [t]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const slug = code.trim().toLowerCase();
    if (!tenantSlugPattern.test(slug)) {
      setInvalid(true);
      return;
    }
    navigate(`/${slug}/`);
  }

  return (
    <Layout brandName={t("app.portalName")} homePath="/">
      <PageHeading>{t("company.title")}</PageHeading>
      <p>{t("company.intro")}</p>
      <form className="stack narrow" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-code`}>{t("company.code")}</label>
          <input
            id={`${id}-code`}
            name="company"
            autoComplete="organization"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={code}
            aria-invalid={invalid}
            aria-describedby={invalid ? `${id}-hint ${id}-error` : `${id}-hint`}
            onChange={(event) => {
              setCode(event.target.value);
              setInvalid(false);
            }}
          />
          <p className="hint" id={`${id}-hint`}>
            {t("company.codeHint")}
          </p>
          {invalid && (
            <p className="field-error" id={`${id}-error`} role="alert">
              {t("company.invalid")}
            </p>
          )}
        </div>
        <div>
          <button type="submit">{t("company.continue")}</button>
        </div>
      </form>
    </Layout>
  );
}
