import type { MetadataRoute } from "next";

/** The web app manifest (/manifest.webmanifest): the name and icons a phone uses for a home-screen link. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Questions écrites · Schriftelijke vragen",
    short_name: "Questions · Vragen",
    description: "Written questions to Belgian ministers from the Senate, and their answers, in French and Dutch",
    start_url: "/",
    display: "browser",
    background_color: "#ffffff",
    theme_color: "#1e3a8a",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  };
}
