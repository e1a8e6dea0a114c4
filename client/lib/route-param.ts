/** A route parameter as given, decoded (a malformed escape is taken as it is). */
export function decodeParam(value: string | undefined): string {
  if (!value) return '';
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
