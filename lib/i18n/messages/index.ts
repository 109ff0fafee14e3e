/**
 * The UI messages, one JSON file per feature namespace and locale. Imported statically so the
 * bundler includes exactly these files; a new namespace is one more line per locale here.
 */
import enAccountability from "./en/accountability.json";
import enCommon from "./en/common.json";
import enReader from "./en/reader.json";
import enSearch from "./en/search.json";
import enSets from "./en/sets.json";
import frAccountability from "./fr/accountability.json";
import frCommon from "./fr/common.json";
import frReader from "./fr/reader.json";
import frSearch from "./fr/search.json";
import frSets from "./fr/sets.json";
import nlAccountability from "./nl/accountability.json";
import nlCommon from "./nl/common.json";
import nlReader from "./nl/reader.json";
import nlSearch from "./nl/search.json";
import nlSets from "./nl/sets.json";
import type { Locale } from "../routing";

export const messages = {
  fr: { common: frCommon, reader: frReader, search: frSearch, accountability: frAccountability, sets: frSets },
  nl: { common: nlCommon, reader: nlReader, search: nlSearch, accountability: nlAccountability, sets: nlSets },
  en: { common: enCommon, reader: enReader, search: enSearch, accountability: enAccountability, sets: enSets },
} satisfies Record<Locale, Record<string, unknown>>;
