import react from "@vitejs/plugin-react";
import { defineConfig, loadEnv } from "vite";

// The API serves the built portal at /portal/ (src/Portal/dist), with an SPA fallback to index.html.
// `npm run dev` proxies /api and /dev/tokens to POSVENDAS_API_URL (default: the API of scripts/run.sh), so the
// portal can run alone without CORS; with VITE_API_BASE_URL set it calls that address directly instead.
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, ".", "");
  const api = env.POSVENDAS_API_URL || "http://localhost:5080";
  return {
    base: "/portal/",
    plugins: [react()],
    build: { outDir: "dist" },
    server: {
      port: 5173,
      proxy: {
        "/api": { target: api, changeOrigin: false },
        "/dev/tokens": { target: api, changeOrigin: false },
      },
    },
    preview: {
      port: 4173,
      proxy: {
        "/api": { target: api, changeOrigin: false },
        "/dev/tokens": { target: api, changeOrigin: false },
      },
    },
  };
});
