// The page's <h1>. It takes the keyboard focus when the route changes, so a screen reader starts reading the new page.
import { useEffect, useRef, type ReactNode } from "react";
import { useLocation } from "react-router";

export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, [pathname]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
