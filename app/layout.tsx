import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: "Questions écrites · Schriftelijke vragen",
  description: "Archive of Belgian parliamentary written questions and their answers, in French and Dutch",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body className="mx-auto max-w-5xl p-6 text-slate-900">{children}</body>
    </html>
  );
}
