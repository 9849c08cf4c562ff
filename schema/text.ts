/**
 * Texts that must say something. They are kept as written, not trimmed: the
 * schema changes no value it accepts, so a file checked in place (see
 * `parseDataset`) is the dataset the file holds, in Node and in the browser.
 */
import { z } from "zod";

/** A text of at most `max` characters with at least one that is not white space. */
export function nonBlank(max: number) {
  return (
    z
      .string()
      .max(max)
      .refine((s) => s.trim().length > 0, { message: "must not be empty" })
      // for editors using the JSON Schema, which cannot run the check above
      .meta({ pattern: "\\S" })
  );
}
