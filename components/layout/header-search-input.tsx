"use client";

/**
 * The header's search box, showing the current query on the search page (so the header and the
 * page's own form agree) and empty elsewhere. A client component only to read the URL, as the
 * layout cannot; rendered on the server too, so it works without JavaScript. Labels as props.
 */
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";

type InputProps = { id: string; placeholder: string; className: string };

export function HeaderSearchInput(props: InputProps) {
  return (
    <Suspense fallback={<SearchInput {...props} value="" />}>
      <SearchInputWithQuery {...props} />
    </Suspense>
  );
}

function SearchInputWithQuery(props: InputProps) {
  const isSearchPage = /^\/[^/]+\/search\/?$/.test(usePathname());
  const query = useSearchParams().get("q");
  return <SearchInput {...props} value={isSearchPage ? (query ?? "") : ""} />;
}

function SearchInput({ id, placeholder, className, value }: InputProps & { value: string }) {
  // Keyed on the value: a new search (client navigation) shows its own query.
  return <input key={value} id={id} name="q" type="search" defaultValue={value} placeholder={placeholder} className={className} />;
}
