"use server";

/**
 * The reader's column order, remembered in a cookie so the server renders the chosen order
 * straight away (no flash of the other order). A server action behind a plain form: it works
 * without JavaScript too, then answers with a redirect back to the reader (post/redirect/get).
 */
import { cookies } from "next/headers";
import { redirect, RedirectType } from "next/navigation";
import { questionPath } from "@/lib/i18n/paths";
import { isLocale } from "@/lib/i18n/routing";
import { COLUMN_ORDER_COOKIE } from "@/lib/reader/parallel";
import { isQuestionId } from "@/lib/source/question-id";

const ONE_YEAR_IN_SECONDS = 365 * 24 * 60 * 60;

export async function chooseColumnOrder(locale: string, id: string, form: FormData): Promise<void> {
  const order = form.get("order") === "nl-fr" ? "nl-fr" : "fr-nl";
  (await cookies()).set(COLUMN_ORDER_COOKIE, order, { path: "/", maxAge: ONE_YEAR_IN_SECONDS, sameSite: "lax" });
  // Bound arguments come back from the browser: only ever redirect to a question page.
  const target = isLocale(locale) && isQuestionId(id) ? questionPath(locale, id, { anchor: "reader" }) : "/";
  redirect(target, RedirectType.replace);
}
