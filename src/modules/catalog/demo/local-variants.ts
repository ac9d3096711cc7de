import type { LocalVariantDocument } from "../model.ts";

export const LOCAL_VARIANTS: LocalVariantDocument[] = [];
