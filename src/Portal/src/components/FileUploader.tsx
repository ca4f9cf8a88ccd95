// Attachments for a new ticket, a reply or a contest: a file input (keyboard accessible) inside a drag-and-drop
// area, the company's limits shown before anything is sent, obvious misfits refused here, and each file uploaded at
// once in its own request with a progress bar; the API's refusal (413, 415…) is shown next to that file.
// useUploads() keeps the files; the form sends `attachmentIds` once `ready`.
import { useCallback, useEffect, useId, useRef, useState, type DragEvent } from "react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { UploadedAttachmentDto } from "../api/generated/types.gen";
import type { ApiClientOptions } from "../api/client";
import type { PortalSettings } from "../api/portal";
import { uploadFile } from "../api/uploads";
import { formatBytes } from "../format";
import { currentLanguage } from "../i18n";
import { problemText } from "./ProblemMessage";

export interface UploadItem {
  key: string;
  file: File;
  /** 0 to 1. */
  progress: number;
  state: "uploading" | "done" | "error";
  attachment?: UploadedAttachmentDto;
  error?: string;
}

type Limits = PortalSettings["uploads"];

export interface Uploads {
  items: UploadItem[];
  /** Files refused before upload, with why. */
  refusals: string[];
  /** The latest upload news, for the aria-live region. */
  announcement: string;
  limits: Limits;
  add: (files: FileList | File[]) => void;
  remove: (key: string) => void;
  clear: () => void;
  /** The uploaded files' ids, for attachmentIds. */
  attachmentIds: string[];
  uploading: boolean;
  failed: boolean;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot).toLowerCase();
}

export function useUploads(limits: Limits, apiOptions: ApiClientOptions): Uploads {
  const { t } = useTranslation();
  const [items, setItems] = useState<UploadItem[]>([]);
  const [refusals, setRefusals] = useState<string[]>([]);
  const [announcement, setAnnouncement] = useState("");
  const aborts = useRef(new Map<string, () => void>());
  const itemsRef = useRef(items);
  itemsRef.current = items;

  useEffect(() => {
    const pending = aborts.current;
    return () => pending.forEach((abort) => abort());
  }, []);

  const update = useCallback((key: string, change: Partial<UploadItem>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }, []);

  const add = useCallback(
    (files: FileList | File[]) => {
      const language = currentLanguage();
      const maxSize = formatBytes(limits.maxFileBytes, language);
      const accepted = new Set(limits.acceptedFiles.flatMap((type) => type.extensions.map((extension) => extension.toLowerCase())));
      const refused: string[] = [];
      let count = itemsRef.current.filter((item) => item.state !== "error").length;
      const started: UploadItem[] = [];
      for (const file of Array.from(files)) {
        if (count >= limits.maxFilesPerMessage) {
          refused.push(t("uploads.tooMany", { maxFiles: limits.maxFilesPerMessage, name: file.name }));
        } else if (accepted.size > 0 && !accepted.has(extensionOf(file.name))) {
          refused.push(t("uploads.wrongType", { name: file.name }));
        } else if (file.size > limits.maxFileBytes) {
          refused.push(t("uploads.tooBig", { name: file.name, maxSize }));
        } else if (file.size === 0) {
          refused.push(t("uploads.empty", { name: file.name }));
        } else {
          count += 1;
          started.push({ key: crypto.randomUUID(), file, progress: 0, state: "uploading" });
        }
      }
      setRefusals(refused);
      if (refused.length > 0) {
        setAnnouncement(refused.join(" "));
      }
      if (started.length === 0) {
        return;
      }
      setItems((current) => [...current, ...started]);
      setAnnouncement([...refused, ...started.map((item) => t("uploads.uploading", { name: item.file.name }))].join(" "));
      for (const item of started) {
        const handle = uploadFile(apiOptions, item.file, (progress) => update(item.key, { progress }));
        aborts.current.set(item.key, handle.abort);
        handle.promise.then(
          (attachment) => {
            update(item.key, { state: "done", progress: 1, attachment });
            setAnnouncement(t("uploads.uploaded", { name: item.file.name }));
          },
          (error: unknown) => {
            if (error instanceof DOMException && error.name === "AbortError") {
              return;
            }
            const message = problemText(error, t);
            update(item.key, { state: "error", error: message });
            setAnnouncement(t("uploads.failed", { name: item.file.name, message }));
          },
        ).finally(() => aborts.current.delete(item.key));
      }
    },
    [limits, apiOptions, t, update],
  );

  const remove = useCallback(
    (key: string) => {
      const item = itemsRef.current.find((candidate) => candidate.key === key);
      aborts.current.get(key)?.();
      setItems((current) => current.filter((candidate) => candidate.key !== key));
      if (item) {
        setAnnouncement(t("uploads.removed", { name: item.file.name }));
      }
    },
    [t],
  );

  const clear = useCallback(() => {
    aborts.current.forEach((abort) => abort());
    setItems([]);
    setRefusals([]);
  }, []);

  return {
    items,
    refusals,
    announcement,
    limits,
    add,
    remove,
    clear,
    attachmentIds: items.flatMap((item) => (item.attachment ? [item.attachment.id] : [])),
    uploading: items.some((item) => item.state === "uploading"),
    failed: items.some((item) => item.state === "error"),
  };
}

export function FileUploader({ uploads, disabled = false }: { uploads: Uploads; disabled?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [dragging, setDragging] = useState(false);
  const language = currentLanguage();
  const { limits } = uploads;
  const extensions = limits.acceptedFiles.flatMap((type) => type.extensions);
  const accept = [...extensions, ...limits.acceptedFiles.map((type) => type.contentType)].join(",");
  const limitsText = t("uploads.limits", {
    maxFiles: limits.maxFilesPerMessage,
    maxSize: formatBytes(limits.maxFileBytes, language),
    types: extensions.join(", "),
  });

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    if (!disabled && event.dataTransfer.files.length > 0) {
      uploads.add(event.dataTransfer.files);
    }
  }

  return (
    <fieldset className="uploader" disabled={disabled}>
      <legend>{t("uploads.legend")}</legend>
      <p className="hint" id={`${id}-limits`}>
        {limitsText}
      </p>
      <div
        className={dragging ? "drop-zone dragging" : "drop-zone"}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <input
          id={`${id}-input`}
          className="file-input"
          type="file"
          multiple
          accept={accept}
          aria-describedby={`${id}-limits`}
          onChange={(event) => {
            if (event.target.files) {
              uploads.add(event.target.files);
            }
            event.target.value = "";
          }}
        />
        <label htmlFor={`${id}-input`} className="button secondary">
          {t("uploads.choose")}
        </label>
        <span className="drop-text">{t("uploads.drop")}</span>
      </div>
      {uploads.refusals.length > 0 && (
        <ul className="refusals">
          {uploads.refusals.map((refusal, index) => (
            <li key={index}>{refusal}</li>
          ))}
        </ul>
      )}
      {uploads.items.length > 0 && (
        <ul className="upload-list">
          {uploads.items.map((item) => (
            <li key={item.key} className={`upload upload-${item.state}`}>
              <div className="upload-head">
                <span className="upload-name">{item.file.name}</span>
                <span className="upload-size">{formatBytes(item.file.size, language)}</span>
                <button type="button" className="link-button" onClick={() => uploads.remove(item.key)}>
                  {t("uploads.remove", { name: item.file.name })}
                </button>
              </div>
              {item.state === "uploading" && (
                <>
                  <label className="visually-hidden" htmlFor={`${id}-${item.key}`}>
                    {t("uploads.progress", { name: item.file.name })}
                  </label>
                  <progress id={`${id}-${item.key}`} max={100} value={Math.round(item.progress * 100)}>
                    {Math.round(item.progress * 100)}%
                  </progress>
                </>
              )}
              {item.state === "done" && <span className="upload-state">{t("uploads.done")}</span>}
              {item.state === "error" && (
                <p className="upload-error">
                  <strong>{t("uploads.error")}:</strong> {item.error}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="visually-hidden" aria-live="polite">
        {uploads.announcement}
      </div>
    </fieldset>
  );
}

/** The message that keeps a form from being sent while its files are not ready, or null. */
export function uploadsBlocker(uploads: Uploads, t: TFunction): string | null {
  if (uploads.uploading) {
    return t("uploads.stillUploading");
  }
  if (uploads.failed) {
    return t("uploads.removeFailed");
  }
  return null;
}
