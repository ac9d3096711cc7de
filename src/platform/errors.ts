// One error class for everything a person or client may be told: a snake_case code, which is
// also the key of its message in every language, and the HTTP status it answers with.
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  /** Field errors of a form or JSON body, by field name, each a message key. */
  readonly fields: Record<string, string> | undefined;

  constructor(code: string, status: number, fields?: Record<string, string>, options?: { cause?: unknown }) {
    super(code, options);
    this.name = "AppError";
    this.code = code;
    this.status = status;
    this.fields = fields;
  }
}
