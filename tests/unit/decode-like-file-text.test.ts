/** The dataset worker decodes a file's bytes as the browser's File.text() does. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeLikeFileText } from "../../src/core/dataset/encoding.ts";

function utf16(text: string, endian: "le" | "be"): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(new ArrayBuffer(2 + text.length * 2));
  out.set(endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [lo, hi] = [unit & 0xff, unit >> 8];
    out.set(endian === "le" ? [lo, hi] : [hi, lo], 2 + i * 2);
  }
  return out;
}

const anyText = fc.string({ unit: "grapheme", maxLength: 40 });

describe("decodeLikeFileText", () => {
  it("reads UTF-8 with or without its byte-order mark, and UTF-16 with its mark, as the same text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const utf8 = new TextEncoder().encode(text);
        expect(decodeLikeFileText(utf8)).toBe(text);
        expect(decodeLikeFileText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(text);
        expect(decodeLikeFileText(utf16(text, "le").buffer)).toBe(text);
        expect(decodeLikeFileText(utf16(text, "be"))).toBe(text);
      }),
    );
  });

  it("reads bytes without a UTF-16 mark as Blob.text() does: malformed UTF-8 as U+FFFD", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 64 }), async (bytes) => {
        fc.pre(
          !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff),
        );
        expect(decodeLikeFileText(bytes)).toBe(await new Blob([bytes]).text());
      }),
      { numRuns: 300 },
    );
    expect(decodeLikeFileText(new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]))).toBe("{\uFFFD(}");
  });
});
