// /portal/<code>/tickets/new: open a ticket. Tipo (service type) → Assunto (subject) from ListServiceTypes; the
// place (GetMyLocations) when the subject asks for one; the description; attachments uploaded as they are picked.
// OpenTicket gets the uploads' ids and an Idempotency-Key (the same one when the same request is retried).
import { useId, useRef, useState, type FormEvent } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import * as sdk from "../api/generated/sdk.gen";
import type { LocationInput, OpenTicketRequest, SubjectDto } from "../api/generated/types.gen";
import { FileUploader, uploadsBlocker, useUploads } from "../components/FileUploader";
import { PageHeading } from "../components/PageHeading";
import { ProblemMessage } from "../components/ProblemMessage";
import { useTenant } from "../components/TenantContext";
import { currentLanguage } from "../i18n";

type FieldErrors = Partial<Record<"serviceType" | "subject" | "location" | "placeDescription" | "description", string>>;

const describePlace = "describe";

/** Which places a subject takes: units (and a described place, which stands for a unit) and common areas. */
function placesFor(subject: SubjectDto | undefined) {
  const kind = subject?.location ?? "either";
  return { units: kind !== "common_areas", commonAreas: kind !== "units" };
}

export function NewTicketScreen() {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { tenant, api, apiOptions, settings } = useTenant();
  const language = currentLanguage();
  const uploads = useUploads(settings.uploads, apiOptions);

  const [serviceTypeId, setServiceTypeId] = useState("");
  const [subjectId, setSubjectId] = useState("");
  const [place, setPlace] = useState("");
  const [placeDescription, setPlaceDescription] = useState("");
  const [description, setDescription] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formMessage, setFormMessage] = useState<string>();
  const [problem, setProblem] = useState<unknown>();
  const [submitting, setSubmitting] = useState(false);
  const attempt = useRef<{ request: string; key: string } | null>(null);

  const catalog = useQuery({
    queryKey: ["service-types", tenant, language],
    queryFn: async () => (await sdk.listServiceTypes({ ...api })).data.items,
    staleTime: 5 * 60_000,
  });
  const serviceType = catalog.data?.find((candidate) => candidate.id === serviceTypeId);
  const subject = serviceType?.subjects.find((candidate) => candidate.id === subjectId);

  const locations = useQuery({
    queryKey: ["my-locations", tenant, language],
    queryFn: async () => (await sdk.getMyLocations({ ...api })).data,
    enabled: subject !== undefined,
    staleTime: 5 * 60_000,
  });
  const accepts = placesFor(subject);
  const units = accepts.units ? (locations.data?.units ?? []) : [];
  const commonAreas = accepts.commonAreas ? (locations.data?.commonAreas ?? []) : [];
  const showLocation = subject !== undefined && (subject.locationRequired || units.length > 0 || commonAreas.length > 0);

  function location(): LocationInput | undefined {
    if (!showLocation || place === "") {
      return undefined;
    }
    if (place === describePlace) {
      return { description: placeDescription.trim() };
    }
    const [kind, placeId] = place.split(":");
    return kind === "unit" ? { unitId: placeId } : { commonAreaId: placeId };
  }

  function validate(): FieldErrors {
    const found: FieldErrors = {};
    if (!serviceType) {
      found.serviceType = t("newTicket.needServiceType");
    }
    if (!subject) {
      found.subject = t("newTicket.needSubject");
    }
    if (subject?.locationRequired && place === "") {
      found.location = t("newTicket.needLocation");
    }
    if (place === describePlace && placeDescription.trim() === "") {
      found.placeDescription = t("newTicket.needPlaceDescription");
    }
    if (description.trim() === "") {
      found.description = t("newTicket.needDescription");
    }
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    const found = validate();
    setErrors(found);
    const blocker = uploadsBlocker(uploads, t);
    setFormMessage(blocker ?? undefined);
    const firstInvalid = (Object.keys(found) as (keyof FieldErrors)[])[0];
    if (firstInvalid) {
      document.getElementById(`${id}-${firstInvalid}`)?.focus();
      return;
    }
    if (blocker) {
      return;
    }
    const body: OpenTicketRequest = {
      subjectId,
      description: description.trim(),
      attachmentIds: uploads.attachmentIds.length > 0 ? uploads.attachmentIds : undefined,
      location: location(),
    };
    // Retrying the same request (after a network failure) reuses its key, so it never opens two tickets.
    const request = JSON.stringify(body);
    if (attempt.current?.request !== request) {
      attempt.current = { request, key: crypto.randomUUID() };
    }
    setSubmitting(true);
    try {
      const opened = await sdk.openTicket({ ...api, headers: { "Idempotency-Key": attempt.current.key }, body });
      await queryClient.invalidateQueries({ queryKey: ["tickets", tenant] });
      navigate(`/${tenant}/tickets/${opened.data.number}`, { state: { message: t("newTicket.opened", { number: opened.data.number }) } });
    } catch (error) {
      setProblem(error);
      setSubmitting(false);
    }
  }

  function describedBy(field: keyof FieldErrors, hint?: string): string | undefined {
    return [hint, errors[field] ? `${id}-${field}-error` : undefined].filter(Boolean).join(" ") || undefined;
  }

  function fieldError(field: keyof FieldErrors) {
    return errors[field] ? (
      <p className="field-error" id={`${id}-${field}-error`}>
        {errors[field]}
      </p>
    ) : null;
  }

  return (
    <>
      <PageHeading>{t("newTicket.title")}</PageHeading>
      <p>{t("newTicket.intro")}</p>
      {catalog.isPending && <p className="loading">{t("app.loading")}</p>}
      {catalog.isError && <ProblemMessage error={catalog.error} />}
      {catalog.isSuccess && catalog.data.length === 0 && <p className="notice">{t("newTicket.noCatalog")}</p>}
      {catalog.isSuccess && catalog.data.length > 0 && (
        <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
          <div className="field">
            <label htmlFor={`${id}-serviceType`}>{t("newTicket.serviceType")}</label>
            <select
              id={`${id}-serviceType`}
              required
              value={serviceTypeId}
              aria-invalid={Boolean(errors.serviceType)}
              aria-describedby={describedBy("serviceType")}
              onChange={(event) => {
                setServiceTypeId(event.target.value);
                setSubjectId("");
                setPlace("");
              }}
            >
              <option value="">{t("newTicket.choose")}</option>
              {catalog.data.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name}
                </option>
              ))}
            </select>
            {fieldError("serviceType")}
          </div>

          <div className="field">
            <label htmlFor={`${id}-subject`}>{t("newTicket.subject")}</label>
            <select
              id={`${id}-subject`}
              required
              value={subjectId}
              disabled={!serviceType}
              aria-invalid={Boolean(errors.subject)}
              aria-describedby={describedBy("subject", subject ? `${id}-department` : undefined)}
              onChange={(event) => {
                setSubjectId(event.target.value);
                setPlace("");
              }}
            >
              <option value="">{t("newTicket.choose")}</option>
              {serviceType?.subjects.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name}
                </option>
              ))}
            </select>
            {subject && (
              <p className="hint" id={`${id}-department`}>
                {t("newTicket.department", { department: subject.department.name })}
              </p>
            )}
            {fieldError("subject")}
          </div>

          {subject && locations.isError && <ProblemMessage error={locations.error} />}
          {showLocation && (
            <div className="field">
              <label htmlFor={`${id}-location`}>{t("newTicket.location")}</label>
              <select
                id={`${id}-location`}
                required={subject.locationRequired}
                value={place}
                aria-invalid={Boolean(errors.location)}
                aria-describedby={describedBy("location", subject.locationRequired ? undefined : `${id}-location-hint`)}
                onChange={(event) => setPlace(event.target.value)}
              >
                <option value="">{subject.locationRequired ? t("newTicket.choose") : t("newTicket.locationNone")}</option>
                {units.length > 0 && (
                  <optgroup label={t("newTicket.units")}>
                    {units.map((unit) => (
                      <option key={unit.id} value={`unit:${unit.id}`}>
                        {[unit.code, unit.building.name, unit.development.name].join(", ")}
                      </option>
                    ))}
                  </optgroup>
                )}
                {commonAreas.length > 0 && (
                  <optgroup label={t("newTicket.commonAreas")}>
                    {commonAreas.map((area) => (
                      <option key={area.id} value={`area:${area.id}`}>
                        {[area.name, area.building?.name, area.development.name].filter(Boolean).join(", ")}
                      </option>
                    ))}
                  </optgroup>
                )}
                {accepts.units && <option value={describePlace}>{t("newTicket.otherPlace")}</option>}
              </select>
              {!subject.locationRequired && (
                <p className="hint" id={`${id}-location-hint`}>
                  {t("newTicket.locationOptional")}
                </p>
              )}
              {fieldError("location")}
            </div>
          )}
          {showLocation && place === describePlace && (
            <div className="field">
              <label htmlFor={`${id}-placeDescription`}>{t("newTicket.placeDescription")}</label>
              <input
                id={`${id}-placeDescription`}
                required
                maxLength={500}
                value={placeDescription}
                aria-invalid={Boolean(errors.placeDescription)}
                aria-describedby={describedBy("placeDescription", `${id}-placeDescription-hint`)}
                onChange={(event) => setPlaceDescription(event.target.value)}
              />
              <p className="hint" id={`${id}-placeDescription-hint`}>
                {t("newTicket.placeDescriptionHint")}
              </p>
              {fieldError("placeDescription")}
            </div>
          )}

          <div className="field">
            <label htmlFor={`${id}-description`}>{t("newTicket.description")}</label>
            <textarea
              id={`${id}-description`}
              required
              rows={6}
              maxLength={20000}
              value={description}
              aria-invalid={Boolean(errors.description)}
              aria-describedby={describedBy("description")}
              onChange={(event) => setDescription(event.target.value)}
            />
            {fieldError("description")}
          </div>

          <FileUploader uploads={uploads} disabled={submitting} />

          {formMessage && (
            <p className="field-error" role="alert">
              {formMessage}
            </p>
          )}
          {problem !== undefined && <ProblemMessage error={problem} alert />}
          <div className="actions">
            <button type="submit" disabled={submitting} aria-busy={submitting}>
              {t("newTicket.submit")}
            </button>
            <Link to={`/${tenant}/`}>{t("newTicket.cancel")}</Link>
          </div>
          <p className="visually-hidden" aria-live="polite">
            {submitting ? t("newTicket.submitting") : ""}
          </p>
        </form>
      )}
    </>
  );
}
