/** The hidden field every POST form carries; its token is checked before any handler runs. */
export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}
