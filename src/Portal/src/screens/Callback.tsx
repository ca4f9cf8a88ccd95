// /portal/<code>/callback: where the identity provider sends the person back with a code, redeemed here for tokens.
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { completeSignIn, returnToOf } from "../auth/oidc";
import { PageHeading } from "../components/PageHeading";
import { useTenant } from "../components/TenantContext";

export function CallbackScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { tenant, userManager, acceptSignedInUser } = useTenant();
  const [error, setError] = useState<string>();
  const started = useRef(false);

  useEffect(() => {
    if (!userManager) {
      setError(t("signin.notConfigured"));
      return;
    }
    if (started.current) {
      return;
    }
    started.current = true;
    completeSignIn(userManager).then(
      (user) => {
        acceptSignedInUser(user);
        const returnTo = returnToOf(user);
        navigate(returnTo?.startsWith(`/${tenant}/`) ? returnTo : `/${tenant}/`, { replace: true });
      },
      (problem: unknown) => setError(problem instanceof Error ? problem.message : String(problem)),
    );
  }, [userManager, tenant, acceptSignedInUser, navigate, t]);

  return (
    <>
      <PageHeading>{t("callback.title")}</PageHeading>
      {error === undefined ? (
        <p role="status">{t("callback.working")}</p>
      ) : (
        <div className="problem" role="alert">
          <p>{t("callback.failed")}</p>
          <p>{error}</p>
          <p>
            <Link to={`/${tenant}/signin`}>{t("callback.back")}</Link>
          </p>
        </div>
      )}
    </>
  );
}
