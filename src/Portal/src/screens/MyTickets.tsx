// /portal/<code>/: the customer's tickets, newest first. "Open tickets" / "Concluded tickets" (ListMyTickets
// `state`), the stage (`category`) and `status` filters, and more rows as the list end scrolls into view (or with the
// "Load more" button). The filters live in the address, so Back and a reload keep them.
import { useEffect, useId, useRef } from "react";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import * as sdk from "../api/generated/sdk.gen";
import type { StatusCategory, TicketState, TicketSummaryDto } from "../api/generated/types.gen";
import { PageHeading } from "../components/PageHeading";
import { ProblemMessage } from "../components/ProblemMessage";
import { StatusBadge } from "../components/StatusBadge";
import { useTenant } from "../components/TenantContext";
import { formatDate, formatLocation } from "../format";
import { currentLanguage } from "../i18n";

const openCategories: StatusCategory[] = ["new", "open", "pending", "on_hold", "solved"];

export function MyTicketsScreen() {
  const { t } = useTranslation();
  const id = useId();
  const { tenant, api } = useTenant();
  const language = currentLanguage();
  const [params, setParams] = useSearchParams();

  const state: TicketState = params.get("state") === "closed" ? "closed" : "open";
  const requestedCategory = params.get("category") as StatusCategory | null;
  const category = state === "open" && requestedCategory && openCategories.includes(requestedCategory) ? requestedCategory : undefined;
  const status = params.get("status") ?? undefined;

  const statuses = useQuery({
    queryKey: ["statuses", tenant, language],
    queryFn: async () => (await sdk.listStatusLabels({ ...api })).data.items,
    staleTime: 5 * 60_000,
  });
  const statusOptions = (statuses.data ?? []).filter((candidate) =>
    state === "closed" ? candidate.category === "closed" : candidate.category !== "closed" && (!category || candidate.category === category),
  );

  const tickets = useInfiniteQuery({
    queryKey: ["tickets", tenant, language, state, category ?? "", status ?? ""],
    queryFn: async ({ pageParam }) =>
      (
        await sdk.listMyTickets({
          ...api,
          query: { state, category: category ? [category] : undefined, status, cursor: pageParam, limit: 20 },
        })
      ).data,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows: TicketSummaryDto[] = tickets.data?.pages.flatMap((page) => page.items) ?? [];

  // Infinite scroll: the sentinel after the list loads the next page as it comes near the viewport.
  const sentinel = useRef<HTMLDivElement>(null);
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = tickets;
  useEffect(() => {
    const element = sentinel.current;
    if (!element || !hasNextPage || isFetchingNextPage || isFetchNextPageError || !("IntersectionObserver" in window)) {
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          void fetchNextPage();
        }
      },
      { rootMargin: "200px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage]);

  function setFilter(changes: Record<string, string | undefined>) {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value) {
        next.set(name, value);
      } else {
        next.delete(name);
      }
    }
    setParams(next, { replace: true });
  }

  return (
    <>
      <div className="page-head">
        <PageHeading>{t("tickets.title")}</PageHeading>
        <Link className="button primary-action" to={`/${tenant}/tickets/new`}>
          {t("tickets.openTicket")}
        </Link>
      </div>

      <div className="segmented" role="group" aria-label={t("tickets.show")}>
        <button type="button" aria-pressed={state === "open"} onClick={() => setFilter({ state: undefined, category: undefined, status: undefined })}>
          {t("tickets.stateOpen")}
        </button>
        <button type="button" aria-pressed={state === "closed"} onClick={() => setFilter({ state: "closed", category: undefined, status: undefined })}>
          {t("tickets.stateClosed")}
        </button>
      </div>

      <fieldset className="filters">
        <legend>{t("tickets.filters")}</legend>
        {state === "open" && (
          <div className="field">
            <label htmlFor={`${id}-category`}>{t("tickets.category")}</label>
            <select id={`${id}-category`} value={category ?? ""} onChange={(event) => setFilter({ category: event.target.value, status: undefined })}>
              <option value="">{t("tickets.allCategories")}</option>
              {openCategories.map((value) => (
                <option key={value} value={value}>
                  {t(`category.${value}`)}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-status`}>{t("tickets.status")}</label>
          <select id={`${id}-status`} value={status ?? ""} onChange={(event) => setFilter({ status: event.target.value })}>
            <option value="">{t("tickets.allStatuses")}</option>
            {statusOptions.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
        </div>
      </fieldset>

      {tickets.isPending && <p className="loading">{t("app.loading")}</p>}
      {tickets.isError && !tickets.isFetchNextPageError && (
        <>
          <ProblemMessage error={tickets.error} />
          <button type="button" onClick={() => void tickets.refetch()}>
            {t("app.retry")}
          </button>
        </>
      )}
      {tickets.isSuccess && rows.length === 0 && <p className="empty">{t("tickets.empty")}</p>}

      {rows.length > 0 && (
        <ul className="ticket-list">
          {rows.map((ticket) => (
            <li key={ticket.number} className="ticket-card">
              <h2>
                <Link to={`/${tenant}/tickets/${ticket.number}`}>
                  #{ticket.number} · {ticket.subject.name}
                </Link>
              </h2>
              <dl className="facts">
                <div>
                  <dt>{t("ticket.serviceType")}</dt>
                  <dd>{ticket.serviceType.name}</dd>
                </div>
                <div>
                  <dt>{t("ticket.status")}</dt>
                  <dd>
                    <StatusBadge status={ticket.status} />
                  </dd>
                </div>
                <div>
                  <dt>{t("ticket.openedOn")}</dt>
                  <dd>
                    <TicketDate iso={ticket.createdAt} />
                  </dd>
                </div>
                {ticket.location && (
                  <div>
                    <dt>{t("ticket.location")}</dt>
                    <dd>{formatLocation(ticket.location)}</dd>
                  </div>
                )}
              </dl>
              {ticket.sharedWithYou && <p className="tag">{t("ticket.sharedWithYou")}</p>}
            </li>
          ))}
        </ul>
      )}

      <div ref={sentinel} className="sentinel" aria-hidden="true" />
      {isFetchNextPageError && <ProblemMessage error={tickets.error} />}
      {hasNextPage && (
        <button type="button" className="secondary load-more" onClick={() => void fetchNextPage()} disabled={isFetchingNextPage} aria-busy={isFetchingNextPage}>
          {t("tickets.loadMore")}
        </button>
      )}
      <p className="list-status" aria-live="polite">
        {isFetchingNextPage
          ? t("tickets.loadingMore")
          : tickets.isSuccess && rows.length > 0 && (hasNextPage ? t("tickets.shown", { count: rows.length }) : t("tickets.allShown"))}
      </p>
    </>
  );
}

function TicketDate({ iso }: { iso: string }) {
  const { settings } = useTenant();
  return <time dateTime={iso}>{formatDate(iso, currentLanguage(), settings.timeZone)}</time>;
}
