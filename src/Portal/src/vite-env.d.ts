/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The API's address when the portal runs on another origin (for example https://api.example.com); empty: same origin. */
  readonly VITE_API_BASE_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
