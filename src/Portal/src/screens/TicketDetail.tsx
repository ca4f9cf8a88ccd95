// /portal/<code>/tickets/<number>: one ticket (GetTicket) with its facts, description, files, the team's assessment,
// the history of comments and status changes, and the reply form. A solved ticket asks the customer to confirm the
// solution (ConfirmTicket) or to reopen it, which the contract does by replying.
import { useRef, useState } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import * as sdk from "../api/generated/sdk.gen";
import type { CommentDto, CustomerAssessmentDto, TicketDetailResponse, TimelineEntryDto } from "../api/generated/types.gen";
import { ApiProblem } from "../api/problem";
import { AttachmentList } from "../components/AttachmentList";
import { MessageForm } from "../components/MessageForm";
import { PageHeading } from "../components/PageHeading";
import { ProblemMessage } from "../components/ProblemMessage";
import { StatusBadge } from "../components/StatusBadge";
import { useTenant } from "../components/TenantContext";
import { formatDateTime, formatDay, formatLocation, formatMoney } from "../format";
import { currentLanguage } from "../i18n";

export function TicketDetailScreen() {
  const { t } = useTranslation();
  const params = useParams();
  const location = useLocation();
  const queryClient = useQueryClient();
  const { tenant, api } = useTenant();
  const language = currentLanguage();
  const number = /^\d{1,9}$/.test(params.number ?? "") ? Number(params.number) : undefined;
  const queryKey = ["ticket", tenant, language, number];
  const initialMessage = (location.state as { message?: unknown } | null)?.message;
  const [message, setMessage] = useState<string | undefined>(typeof initialMessage === "string" ? initialMessage : undefined);

  const ticket = useQuery({
    queryKey,
    queryFn: async () => (await sdk.getTicket({ ...api, path: { number: number ?? 0 } })).data,
    enabled: number !== undefined,
  });

  async function refresh(news: string) {
    setMessage(news);
    await Promise.all([queryClient.invalidateQueries({ queryKey }), queryClient.invalidateQueries({ queryKey: ["tickets", tenant] })]);
  }

  const notFound = number === undefined || (ticket.error instanceof ApiProblem && ticket.error.status === 404);
  return (
    <>
      <p className="back">
        <Link to={`/${tenant}/`}>{t("detail.back")}</Link>
      </p>
      <PageHeading>{t("detail.title", { number: params.number })}</PageHeading>
      <div className="page-status" role="status">
        {message}
      </div>
      {notFound && <p className="notice">{t("errors.ticketNotFound")}</p>}
      {!notFound && ticket.isPending && <p className="loading">{t("app.loading")}</p>}
      {!notFound && ticket.isError && (
        <>
          <ProblemMessage error={ticket.error} />
          <button type="button" onClick={() => void ticket.refetch()}>
            {t("app.retry")}
          </button>
        </>
      )}
      {ticket.data && !notFound && (
        <TicketView
          ticket={ticket.data}
          onChanged={(news, updated) => {
            if (updated) {
              queryClient.setQueryData(queryKey, updated);
            }
            void refresh(news);
          }}
        />
      )}
    </>
  );
}

function TicketView({ ticket, onChanged }: { ticket: TicketDetailResponse; onChanged: (news: string, updated?: TicketDetailResponse) => void }) {
  const { t } = useTranslation();
  const { api, settings } = useTenant();
  const language = currentLanguage();
  const replyRef = useRef<HTMLTextAreaElement>(null);
  const [reopening, setReopening] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [confirmProblem, setConfirmProblem] = useState<unknown>();
  const when = (iso: string) => <time dateTime={iso}>{formatDateTime(iso, language, settings.timeZone)}</time>;

  const canAnswer = !ticket.sharedWithYou && ticket.status.category !== "closed";
  const awaitingConfirmation = ticket.status.category === "solved" && !ticket.sharedWithYou;

  async function confirm() {
    setConfirming(true);
    setConfirmProblem(undefined);
    try {
      const confirmed = await sdk.confirmTicket({ ...api, path: { number: ticket.number } });
      onChanged(t("detail.confirm.done"), confirmed.data);
    } catch (problem) {
      setConfirmProblem(problem);
    } finally {
      setConfirming(false);
    }
  }

  return (
    <>
      <dl className="facts detail-facts">
        <div>
          <dt>{t("ticket.subject")}</dt>
          <dd>{ticket.subject.name}</dd>
        </div>
        <div>
          <dt>{t("ticket.serviceType")}</dt>
          <dd>{ticket.serviceType.name}</dd>
        </div>
        <div>
          <dt>{t("ticket.department")}</dt>
          <dd>{ticket.department.name}</dd>
        </div>
        {ticket.location && (
          <div>
            <dt>{t("ticket.location")}</dt>
            <dd>{formatLocation(ticket.location)}</dd>
          </div>
        )}
        <div>
          <dt>{t("ticket.status")}</dt>
          <dd>
            <StatusBadge status={ticket.status} />
          </dd>
        </div>
        <div>
          <dt>{t("ticket.createdAt")}</dt>
          <dd>{when(ticket.createdAt)}</dd>
        </div>
        <div>
          <dt>{t("ticket.lastActivity")}</dt>
          <dd>{when(ticket.lastActivityAt)}</dd>
        </div>
        {ticket.warranty && (
          <div>
            <dt>{t("ticket.warranty")}</dt>
            <dd>{ticket.warranty.summary}</dd>
          </div>
        )}
      </dl>
      {ticket.sharedWithYou && <p className="tag">{t("ticket.sharedWithYou")}</p>}
      {!ticket.sharedWithYou && ticket.sharedWithUnit && <p className="tag">{t("ticket.sharedWithUnit")}</p>}

      {awaitingConfirmation && (
        <section className="callout" aria-labelledby="confirm-title">
          <h2 id="confirm-title">{t("detail.confirm.title")}</h2>
          <p>{t("detail.confirm.text")}</p>
          <div className="actions">
            <button type="button" onClick={() => void confirm()} disabled={confirming} aria-busy={confirming}>
              {t("detail.confirm.button")}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setReopening(true);
                replyRef.current?.focus();
              }}
            >
              {t("detail.confirm.reopen")}
            </button>
          </div>
          {confirmProblem !== undefined && <ProblemMessage error={confirmProblem} alert />}
        </section>
      )}

      <section aria-labelledby="description-title">
        <h2 id="description-title">{t("detail.description")}</h2>
        <p className="text">{ticket.description}</p>
      </section>

      {ticket.attachments.length > 0 && (
        <section aria-labelledby="attachments-title">
          <h2 id="attachments-title">{t("detail.attachments")}</h2>
          <AttachmentList attachments={ticket.attachments} />
        </section>
      )}

      {ticket.assessment && <Assessment ticket={ticket} assessment={ticket.assessment} onChanged={onChanged} />}

      <section aria-labelledby="history-title">
        <h2 id="history-title">{t("detail.history")}</h2>
        <Timeline ticket={ticket} />
      </section>

      <section aria-labelledby="reply-title">
        <h2 id="reply-title">{t("detail.reply.title")}</h2>
        {ticket.sharedWithYou ? (
          <p className="notice">{t("detail.sharedNoReply")}</p>
        ) : !canAnswer ? (
          <p className="notice">{t("detail.closedNoReply")}</p>
        ) : (
          <MessageForm
            textareaRef={replyRef}
            label={t("detail.reply.body")}
            submitLabel={t("detail.reply.submit")}
            requiredMessage={t("detail.reply.needBody")}
            hint={reopening || awaitingConfirmation ? t("detail.confirm.reopenHint") : undefined}
            send={async (body, attachmentIds, key) => {
              await sdk.replyToTicket({
                ...api,
                path: { number: ticket.number },
                headers: { "Idempotency-Key": key },
                body: { body, attachmentIds: attachmentIds.length > 0 ? attachmentIds : undefined },
              });
              setReopening(false);
              onChanged(t("detail.reply.sent"));
            }}
          />
        )}
      </section>
    </>
  );
}

function Timeline({ ticket }: { ticket: TicketDetailResponse }) {
  const { t } = useTranslation();
  const { settings } = useTenant();
  const language = currentLanguage();
  const comments = new Map<string, CommentDto>(ticket.comments.map((comment) => [comment.id, comment]));
  const when = (iso: string) => <time dateTime={iso}>{formatDateTime(iso, language, settings.timeZone)}</time>;
  // The timeline names every comment and status change; a comment it does not name is still shown.
  const entries: TimelineEntryDto[] = ticket.timeline.length > 0 ? ticket.timeline : ticket.comments.map((comment) => ({ kind: "comment", at: comment.createdAt, commentId: comment.id, automatic: false }));
  if (entries.length === 0) {
    return <p>{t("detail.noHistory")}</p>;
  }
  return (
    <ol className="timeline">
      {entries.map((entry, index) => {
        const comment = entry.kind === "comment" && entry.commentId ? comments.get(entry.commentId) : undefined;
        if (comment) {
          return (
            <li key={`c-${comment.id}`} className={`entry comment author-${comment.author.kind}`}>
              <article aria-label={`${comment.author.name}, ${formatDateTime(comment.createdAt, language, settings.timeZone)}`}>
                <p className="entry-head">
                  <strong>{comment.author.name}</strong>
                  {comment.author.kind !== "customer" && <span className="tag">{t(`detail.author.${comment.author.kind}`)}</span>} {when(comment.createdAt)}
                </p>
                <p className="text">{comment.body}</p>
                <AttachmentList attachments={comment.attachments} />
              </article>
            </li>
          );
        }
        if (entry.kind === "status_change" && entry.status) {
          return (
            <li key={`s-${index}`} className="entry status-change">
              <p className="entry-head">
                {t("detail.statusChanged", { status: entry.status.name })}{" "}
                {entry.changedBy && <span>{t("detail.changedBy", { author: t(`detail.author.${entry.changedBy}`) })}</span>}{" "}
                {entry.automatic && <span className="muted">{t("detail.automatic")}</span>} {when(entry.at)}
              </p>
            </li>
          );
        }
        return null;
      })}
    </ol>
  );
}

function Assessment({
  ticket,
  assessment,
  onChanged,
}: {
  ticket: TicketDetailResponse;
  assessment: CustomerAssessmentDto;
  onChanged: (news: string) => void;
}) {
  const { t } = useTranslation();
  const { api, settings } = useTenant();
  const language = currentLanguage();
  const canContest = Boolean(assessment.contestUntil) && !assessment.contestedAt && !ticket.sharedWithYou;
  return (
    <section aria-labelledby="assessment-title" className="assessment">
      <h2 id="assessment-title">{t("detail.assessment.title")}</h2>
      <dl className="facts">
        <div>
          <dt>{t("detail.assessment.outcome")}</dt>
          <dd>{assessment.outcomeLabel}</dd>
        </div>
        {assessment.reasonLabel && (
          <div>
            <dt>{t("detail.assessment.reason")}</dt>
            <dd>{assessment.reasonLabel}</dd>
          </div>
        )}
        {assessment.fee !== undefined && assessment.fee !== null && (
          <div>
            <dt>{t("detail.assessment.fee")}</dt>
            <dd>{formatMoney(assessment.fee, language)}</dd>
          </div>
        )}
        <div>
          <dt>{t("detail.assessment.assessedAt")}</dt>
          <dd>
            <time dateTime={assessment.assessedAt}>{formatDateTime(assessment.assessedAt, language, settings.timeZone)}</time>
          </dd>
        </div>
      </dl>
      <h3>{t("detail.assessment.explanation")}</h3>
      <p className="text">{assessment.explanation}</p>
      {assessment.contestedAt && <p>{t("detail.assessment.contested", { date: formatDateTime(assessment.contestedAt, language, settings.timeZone) })}</p>}
      {canContest && assessment.contestUntil && (
        <>
          <p>{t("detail.assessment.contestUntil", { date: formatDay(assessment.contestUntil, language) })}</p>
          <details className="contest">
            <summary>{t("detail.contest.title")}</summary>
            <MessageForm
              label={t("detail.contest.reason")}
              submitLabel={t("detail.contest.submit")}
              requiredMessage={t("detail.contest.reason")}
              send={async (reason, attachmentIds, key) => {
                await sdk.contestAssessment({
                  ...api,
                  path: { number: ticket.number },
                  headers: { "Idempotency-Key": key },
                  body: { reason, attachmentIds: attachmentIds.length > 0 ? attachmentIds : undefined },
                });
                onChanged(t("detail.contest.sent"));
              }}
            />
          </details>
        </>
      )}
    </section>
  );
}
