// A text and its attachments sent in one request: the reply to a ticket, or the contest of an assessment.
// Retrying the same text and files reuses the Idempotency-Key, so a retry never sends it twice.
import { useId, useRef, useState, type FormEvent, type Ref } from "react";
import { useTranslation } from "react-i18next";
import { FileUploader, uploadsBlocker, useUploads } from "./FileUploader";
import { ProblemMessage } from "./ProblemMessage";
import { useTenant } from "./TenantContext";

interface Props {
  label: string;
  submitLabel: string;
  /** Said when the text is empty. */
  requiredMessage: string;
  /** Shown under the label (for example: a reply reopens the ticket). */
  hint?: string;
  send: (text: string, attachmentIds: string[], idempotencyKey: string) => Promise<void>;
  textareaRef?: Ref<HTMLTextAreaElement>;
}

export function MessageForm({ label, submitLabel, requiredMessage, hint, send, textareaRef }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const { settings, apiOptions } = useTenant();
  const uploads = useUploads(settings.uploads, apiOptions);
  const [text, setText] = useState("");
  const [error, setError] = useState<string>();
  const [problem, setProblem] = useState<unknown>();
  const [sending, setSending] = useState(false);
  const attempt = useRef<{ request: string; key: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    const body = text.trim();
    const blocker = body === "" ? requiredMessage : uploadsBlocker(uploads, t);
    setError(blocker ?? undefined);
    if (blocker) {
      return;
    }
    const request = JSON.stringify([body, uploads.attachmentIds]);
    if (attempt.current?.request !== request) {
      attempt.current = { request, key: crypto.randomUUID() };
    }
    setSending(true);
    try {
      await send(body, uploads.attachmentIds, attempt.current.key);
      setText("");
      uploads.clear();
      attempt.current = null;
    } catch (failure) {
      setProblem(failure);
    } finally {
      setSending(false);
    }
  }

  const describedBy = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean).join(" ") || undefined;
  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
      <div className="field">
        <label htmlFor={`${id}-text`}>{label}</label>
        {hint && (
          <p className="hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
        <textarea
          ref={textareaRef}
          id={`${id}-text`}
          rows={5}
          required
          maxLength={20000}
          value={text}
          aria-invalid={Boolean(error) && text.trim() === ""}
          aria-describedby={describedBy}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <FileUploader uploads={uploads} disabled={sending} />
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      {problem !== undefined && <ProblemMessage error={problem} alert />}
      <div className="actions">
        <button type="submit" disabled={sending} aria-busy={sending}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
