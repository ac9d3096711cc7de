// Ids from addresses and forms are checked for shape before they reach a query: PostgreSQL would
// answer a malformed uuid with an error rather than "not found".
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
