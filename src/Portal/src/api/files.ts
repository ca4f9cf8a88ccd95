// Downloads of attachments with the caller's token (DownloadAttachment), as blobs: image previews and saving a file.
import * as sdk from "./generated/sdk.gen";
import type { Api } from "./client";

export async function fetchAttachment(api: Api, id: string): Promise<Blob> {
  const result = await sdk.downloadAttachment({ ...api, path: { id }, parseAs: "blob" });
  return result.data;
}

/** Saves a blob under its file name, as a click on a download link would. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Whether a browser can show the file as an image (HEIC mostly not). */
export function isPreviewableImage(contentType: string): boolean {
  return ["image/jpeg", "image/png", "image/gif", "image/webp"].includes(contentType);
}
