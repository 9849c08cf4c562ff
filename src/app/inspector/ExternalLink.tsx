/** A link to an outside page: only http(s) URLs become links; anything else is shown as text. */
export function isSafeUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:";
  } catch {
    return false;
  }
}

export function ExternalLink({
  url,
  children,
}: {
  url: string | undefined;
  children: React.ReactNode;
}) {
  if (!isSafeUrl(url)) return <>{children}</>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
