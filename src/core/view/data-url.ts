/**
 * Which `?data=` links the app follows: an https URL, or a path relative to
 * this site (resolved by the app). Free of imports: the page checks a link
 * before the rest of the app has loaded.
 */
export function isDataUrlAllowed(value: string): boolean {
  if (value.length > 2000) return false;
  if (/^https:\/\//i.test(value)) {
    try {
      new URL(value);
      return true;
    } catch {
      return false;
    }
  }
  // a relative path on this site: no scheme, no protocol-relative "//host"
  return /^(?![a-z][a-z0-9+.-]*:)(?!\/\/)[\w./%-]+$/i.test(value);
}
