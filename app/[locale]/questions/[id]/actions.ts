"use server";

/**
 * The reader's preferences, remembered in cookies so the server renders the chosen layout
 * straight away (no flash of another one): the column order, and the view (both languages, or
 * French or Dutch alone). Server actions behind plain forms: they work without JavaScript too,
 * then answer with a redirect back to the reader (post/redirect/get).
 */
import { cookies } from "next/headers";
import { redirect, RedirectType } from "next/navigation";
import { questionPath } from "@/lib/i18n/paths";
import { isLocale } from "@/lib/i18n/routing";
import { COLUMN_ORDER_COOKIE, READER_VIEW_COOKIE, readerViewFrom } from "@/lib/reader/parallel";
import { isQuestionId } from "@/lib/source/question-id";

const ONE_YEAR_IN_SECONDS = 365 * 24 * 60 * 60;

export async function chooseColumnOrder(locale: string, id: string, form: FormData): Promise<void> {
  const order = form.get("order") === "nl-fr" ? "nl-fr" : "fr-nl";
  await remember(COLUMN_ORDER_COOKIE, order);
  backToReader(locale, id);
}

export async function chooseReaderView(locale: string, id: string, form: FormData): Promise<void> {
  const value = form.get("view");
  await remember(READER_VIEW_COOKIE, readerViewFrom(typeof value === "string" ? value : undefined));
  backToReader(locale, id);
}

async function remember(name: string, value: string): Promise<void> {
  (await cookies()).set(name, value, { path: "/", maxAge: ONE_YEAR_IN_SECONDS, sameSite: "lax" });
}

function backToReader(locale: string, id: string): never {
  // Bound arguments come back from the browser: only ever redirect to a question page.
  const target = isLocale(locale) && isQuestionId(id) ? questionPath(locale, id, { anchor: "reader" }) : "/";
  redirect(target, RedirectType.replace);
}
