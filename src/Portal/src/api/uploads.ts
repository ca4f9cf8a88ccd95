// File uploads with progress. The generated SDK's uploadAttachments uses fetch, which reports no upload progress, so
// this one request is hand-written with XMLHttpRequest: POST /api/v1/attachments, multipart/form-data with one
// `files` part per file (as the contract names it), one file per request, an Idempotency-Key per file.
import { apiBaseUrl } from "../config";
import type { UploadAttachmentsResponse, UploadedAttachmentDto } from "./generated/types.gen";
import { commonHeaders, type ApiClientOptions } from "./client";
import { ApiProblem, problemFromText } from "./problem";

export interface UploadHandle {
  promise: Promise<UploadedAttachmentDto>;
  abort: () => void;
}

/** Uploads one file; `onProgress` gets the fraction sent (0 to 1). Rejects with ApiProblem (413, 415…) or AbortError. */
export function uploadFile(options: ApiClientOptions, file: File, onProgress: (fraction: number) => void): UploadHandle {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<UploadedAttachmentDto>((resolve, reject) => {
    xhr.open("POST", `${apiBaseUrl}/api/v1/attachments`);
    for (const [name, value] of Object.entries(commonHeaders(options))) {
      xhr.setRequestHeader(name, value);
    }
    xhr.setRequestHeader("Idempotency-Key", crypto.randomUUID());
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) {
        onProgress(event.loaded / event.total);
      }
    };
    xhr.onload = () => {
      if (xhr.status === 201) {
        try {
          const body = JSON.parse(xhr.responseText) as UploadAttachmentsResponse;
          const uploaded = body.items[0];
          if (uploaded !== undefined) {
            onProgress(1);
            resolve(uploaded);
            return;
          }
        } catch {
          // Falls through to the error below.
        }
        reject(new ApiProblem(xhr.status));
        return;
      }
      if (xhr.status === 401) {
        options.onUnauthorized?.();
      }
      reject(problemFromText(xhr.status, xhr.responseText));
    };
    xhr.onerror = () => reject(new ApiProblem(0));
    xhr.onabort = () => reject(new DOMException("The upload was cancelled.", "AbortError"));
    const body = new FormData();
    body.append("files", file, file.name);
    xhr.send(body);
  });
  return { promise, abort: () => xhr.abort() };
}
