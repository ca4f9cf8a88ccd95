// /portal/<code>/signin: the company's identity provider (OpenID Connect, Authorization Code + PKCE), and, where the
// API issues development tokens, a clearly marked development shortcut.
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation, useNavigate } from "react-router";
import { startSignIn } from "../auth/oidc";
import { PageHeading } from "../components/PageHeading";
import { ProblemMessage } from "../components/ProblemMessage";
import { useTenant } from "../components/TenantContext";
import { currentLanguage } from "../i18n";

/** The page to go back to after signing in: one of this company's pages, else its home. */
export function useReturnTo(): string {
  const { tenant } = useTenant();
  const location = useLocation();
  const state = location.state as { returnTo?: unknown } | null;
  const returnTo = typeof state?.returnTo === "string" ? state.returnTo : "";
  return returnTo.startsWith(`/${tenant}/`) && !returnTo.startsWith(`/${tenant}/signin`) ? returnTo : `/${tenant}/`;
}

export function SignInScreen() {
  const { t } = useTranslation();
  const { settings, session, sessionExpired, userManager } = useTenant();
  const returnTo = useReturnTo();
  const [redirecting, setRedirecting] = useState(false);
  const [error, setError] = useState<unknown>();

  if (session) {
    return <Navigate to={returnTo} replace />;
  }

  async function signIn() {
    if (!userManager) {
      return;
    }
    setRedirecting(true);
    setError(undefined);
    try {
      await startSignIn(userManager, returnTo, currentLanguage());
    } catch (problem) {
      setRedirecting(false);
      setError(problem);
    }
  }

  const configured = Boolean(settings.signIn) || settings.developmentTokens;
  return (
    <>
      <PageHeading>{t("signin.title")}</PageHeading>
      {sessionExpired && (
        <p className="notice" role="status">
          {t("signin.expired")}
        </p>
      )}
      {configured ? <p>{t("signin.intro", { company: settings.displayName })}</p> : <p className="notice">{t("signin.notConfigured")}</p>}
      {settings.signIn && (
        <div className="stack">
          <div>
            <button type="button" onClick={() => void signIn()} disabled={redirecting}>
              {t("signin.button")}
            </button>
          </div>
          <div aria-live="polite">{redirecting && <p>{t("signin.redirecting")}</p>}</div>
          {error !== undefined && (
            <div className="problem" role="alert">
              <p>{t("signin.failed")}</p>
              {error instanceof Error && <p>{error.message}</p>}
            </div>
          )}
        </div>
      )}
      {settings.developmentTokens && <DevelopmentShortcut returnTo={returnTo} />}
    </>
  );
}

function DevelopmentShortcut({ returnTo }: { returnTo: string }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const { signInWithDevToken } = useTenant();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await signInWithDevToken(email.trim(), name.trim());
      navigate(returnTo, { replace: true });
    } catch (problem) {
      setError(problem);
      setBusy(false);
    }
  }

  return (
    <section className="dev-shortcut" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("signin.devTitle")}</h2>
      <p>{t("signin.devText")}</p>
      <form className="stack narrow" onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor={`${id}-email`}>{t("signin.devEmail")}</label>
          <input id={`${id}-email`} type="email" autoComplete="email" required value={email} onChange={(event) => setEmail(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t("signin.devName")}</label>
          <input id={`${id}-name`} autoComplete="name" required value={name} onChange={(event) => setName(event.target.value)} />
        </div>
        {error !== undefined && <ProblemMessage error={error} alert />}
        <div>
          <button type="submit" className="secondary" disabled={busy}>
            {t("signin.devButton")}
          </button>
        </div>
      </form>
    </section>
  );
}
