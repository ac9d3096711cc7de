// A form body as handlers want it, whether it came url-encoded or as multipart parts (a form
// with a file input): text fields as strings (a repeated field as a list), files apart.
export type UploadedFile = {
  fileName: string;
  /** What the browser claimed; never trusted for the type, which is read from the content. */
  declaredType: string;
  bytes: Buffer;
  /** Cut at the upload limit: the file was larger than any form accepts. */
  truncated: boolean;
};

export type FormBody = { fields: Record<string, string | string[]>; files: Record<string, UploadedFile[]> };

type Part = {
  type?: "file" | "field";
  value?: unknown;
  filename?: string;
  mimetype?: string;
  _buf?: Buffer;
  file?: { truncated?: boolean };
};

function isPart(value: unknown): value is Part {
  return typeof value === "object" && value !== null && "fieldname" in value;
}

export function formBody(body: unknown): FormBody {
  const result: FormBody = { fields: {}, files: {} };
  if (typeof body !== "object" || body === null) return result;
  for (const [name, raw] of Object.entries(body as Record<string, unknown>)) {
    const values = Array.isArray(raw) ? raw : [raw];
    const texts: string[] = [];
    for (const value of values) {
      if (typeof value === "string") texts.push(value);
      else if (isPart(value) && value.type === "file") {
        // An empty file input still sends a part with no name and no bytes: nothing was chosen.
        const bytes = value._buf ?? Buffer.alloc(0);
        if (!value.filename && bytes.length === 0) continue;
        const files = result.files[name] ?? [];
        result.files[name] = files;
        files.push({
          fileName: value.filename ?? "",
          declaredType: value.mimetype ?? "",
          bytes,
          truncated: value.file?.truncated === true,
        });
      } else if (isPart(value) && typeof value.value === "string") texts.push(value.value);
    }
    if (texts.length === 1) result.fields[name] = texts[0] as string;
    else if (texts.length > 1) result.fields[name] = texts;
  }
  return result;
}
