// The portal's routes, under the base path /portal/ (vite.config.ts `base`):
//   /portal/                          CompanyCodeScreen: asks for the company's code
//   /portal/:tenant/                  MyTicketsScreen
//   /portal/:tenant/tickets/new       NewTicketScreen
//   /portal/:tenant/tickets/:number   TicketDetailScreen
//   /portal/:tenant/signin            SignInScreen
//   /portal/:tenant/callback          CallbackScreen (the identity provider's redirect)
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { BrowserRouter, Route, Routes, useParams } from "react-router";
import { ApiProblem } from "./api/problem";
import { Layout } from "./components/Layout";
import { RequireSession, TenantLayout } from "./components/TenantLayout";
import { routerBasename } from "./config";
import { CallbackScreen } from "./screens/Callback";
import { CompanyCodeScreen } from "./screens/CompanyCode";
import { MyTicketsScreen } from "./screens/MyTickets";
import { NewTicketScreen } from "./screens/NewTicket";
import { NotFoundScreen } from "./screens/NotFound";
import { SignInScreen } from "./screens/SignIn";
import { TicketDetailScreen } from "./screens/TicketDetail";

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Only a network failure or a server error is worth retrying; a 4xx answer stays what it is.
      retry: (failures, error) => failures < 2 && error instanceof ApiProblem && (error.status === 0 || error.status >= 500),
    },
  },
});

function OutsideTenantNotFound() {
  const { t } = useTranslation();
  return (
    <Layout brandName={t("app.portalName")} homePath="/">
      <NotFoundScreen />
    </Layout>
  );
}

function TenantNotFound() {
  const { tenant } = useParams();
  return <NotFoundScreen home={`/${tenant}/`} />;
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter basename={routerBasename}>
        <Routes>
          <Route path="/" element={<CompanyCodeScreen />} />
          <Route path=":tenant" element={<TenantLayout />}>
            <Route
              index
              element={
                <RequireSession>
                  <MyTicketsScreen />
                </RequireSession>
              }
            />
            <Route
              path="tickets/new"
              element={
                <RequireSession>
                  <NewTicketScreen />
                </RequireSession>
              }
            />
            <Route
              path="tickets/:number"
              element={
                <RequireSession>
                  <TicketDetailScreen />
                </RequireSession>
              }
            />
            <Route path="signin" element={<SignInScreen />} />
            <Route path="callback" element={<CallbackScreen />} />
            <Route path="*" element={<TenantNotFound />} />
          </Route>
          <Route path="*" element={<OutsideTenantNotFound />} />
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
