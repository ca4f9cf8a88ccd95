// Shows what went wrong in a person's words: the problem's `detail` (or `title`), the validation messages, and the
// trace id to quote to support. Never the raw response.
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../api/problem";

export function problemText(error: unknown, t: TFunction): string {
  if (error instanceof ApiProblem) {
    if (error.isNetworkError) {
      return t("errors.network");
    }
    return error.detail ?? error.title ?? t("errors.generic", { status: error.status });
  }
  return t("errors.generic", { status: "?" });
}

interface Props {
  error: unknown;
  /** role="alert" for an error the person just caused (a submit); a plain message otherwise. */
  alert?: boolean;
  id?: string;
}

export function ProblemMessage({ error, alert = false, id }: Props) {
  const { t } = useTranslation();
  const problem = error instanceof ApiProblem ? error : undefined;
  const messages = problem?.messages ?? [];
  return (
    <div className="problem" role={alert ? "alert" : undefined} id={id}>
      <p>{problemText(error, t)}</p>
      {messages.length > 0 && (
        <ul>
          {messages.map((message, index) => (
            <li key={index}>{message}</li>
          ))}
        </ul>
      )}
      {problem?.traceId && <p className="trace">{t("errors.traceId", { traceId: problem.traceId })}</p>}
    </div>
  );
}
