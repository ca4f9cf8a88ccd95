// A ticket's or comment's files: a preview for images (fetched with the token, shown from an object URL) and a
// download button for every file.
import { useEffect, useState } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { AttachmentDto } from "../api/generated/types.gen";
import { fetchAttachment, isPreviewableImage, saveBlob } from "../api/files";
import { formatBytes } from "../format";
import { currentLanguage } from "../i18n";
import { problemText } from "./ProblemMessage";
import { useTenant } from "./TenantContext";

function useAttachmentBlob(attachment: AttachmentDto, enabled: boolean) {
  const { api, tenant } = useTenant();
  return useQuery({
    queryKey: ["attachment", tenant, attachment.id],
    queryFn: () => fetchAttachment(api, attachment.id),
    enabled,
    staleTime: Infinity,
    gcTime: 10 * 60_000,
  });
}

function Preview({ attachment }: { attachment: AttachmentDto }) {
  const { t } = useTranslation();
  const blob = useAttachmentBlob(attachment, true);
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!blob.data) {
      return;
    }
    const objectUrl = URL.createObjectURL(blob.data);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [blob.data]);
  if (!url) {
    return <span className="thumbnail placeholder" aria-hidden="true" />;
  }
  return <img className="thumbnail" src={url} alt={t("detail.preview", { name: attachment.fileName })} />;
}

function AttachmentItem({ attachment }: { attachment: AttachmentDto }) {
  const { t } = useTranslation();
  const { api, tenant } = useTenant();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function download() {
    setBusy(true);
    setError(undefined);
    try {
      const blob = await queryClient.fetchQuery({
        queryKey: ["attachment", tenant, attachment.id],
        queryFn: () => fetchAttachment(api, attachment.id),
        staleTime: Infinity,
      });
      saveBlob(blob, attachment.fileName);
    } catch (problem) {
      setError(problemText(problem, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="attachment">
      {isPreviewableImage(attachment.contentType) && <Preview attachment={attachment} />}
      <div className="attachment-body">
        <span className="attachment-name">{attachment.fileName}</span>
        <span className="attachment-size">{formatBytes(attachment.size, currentLanguage())}</span>
        <button type="button" className="secondary" onClick={() => void download()} disabled={busy} aria-busy={busy}>
          {t("detail.download", { name: attachment.fileName })}
        </button>
        {error && (
          <p className="problem" role="alert">
            {error}
          </p>
        )}
      </div>
    </li>
  );
}

export function AttachmentList({ attachments }: { attachments: AttachmentDto[] }) {
  if (attachments.length === 0) {
    return null;
  }
  return (
    <ul className="attachments">
      {attachments.map((attachment) => (
        <AttachmentItem key={attachment.id} attachment={attachment} />
      ))}
    </ul>
  );
}
