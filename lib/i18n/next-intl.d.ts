// Types next-intl's locale and message keys after our routing and English messages, so that a
// missing message key is a type error rather than a blank on screen.
import type { messages } from "./messages";
import type { routing } from "./routing";

declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: (typeof messages)["en"];
  }
}
