/** Figure SVG: dataset text is escaped, the legend is appended as elements, the file parses. */
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import type { LegendSection } from "../../src/app/interop/legend-items.ts";
import { layoutLegend, type Measure } from "../../src/app/interop/legend-layout.ts";
import { composeSvg, legendSvg } from "../../src/app/interop/legend-svg.ts";
import { escapeXml } from "../../src/app/interop/svg-escape.ts";

const measure: Measure = (text) => text.length * 6;
const HOSTILE = `R&D "Lab" <script>alert('x')</script>`;

function parse(svg: string) {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) });
  const parsed = doc.parseFromString(svg, "image/svg+xml");
  expect(errors).toEqual([]);
  return parsed;
}

describe("escapeXml", () => {
  it("escapes the five XML characters", () => {
    expect(escapeXml(`a & b < c > d "e" 'f'`)).toBe(
      "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;",
    );
  });

  it("escapes an ampersand once, so existing entities stay text", () => {
    expect(escapeXml("&amp; &lt;")).toBe("&amp;amp; &amp;lt;");
  });

  it("keeps other text, including Cyrillic, emoji and whitespace", () => {
    expect(escapeXml("Болат Назарбаев 🇰🇿\tx\ny")).toBe("Болат Назарбаев 🇰🇿\tx\ny");
  });

  it("replaces characters XML cannot hold", () => {
    expect(escapeXml("a\u0000b\u0008c\uFFFEd\uD800e")).toBe("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
  });
});

const sections: LegendSection[] = [
  {
    title: "Colour: domain",
    items: [{ symbol: { kind: "swatch", color: "#123456" }, label: HOSTILE }],
  },
  {
    title: "Shape: main role",
    items: [{ symbol: { kind: "shape", shape: "diamond" }, label: "Broker" }],
  },
  {
    title: "Line style: certainty",
    items: [
      {
        symbol: {
          kind: "line",
          color: "#555555",
          width: 2,
          opacity: 0.85,
          dash: [7, 4],
          arrow: true,
        },
        label: "Alleged (dashed)",
      },
    ],
  },
];

describe("legendSvg", () => {
  it("writes labels as escaped text and symbols as elements", () => {
    // a narrow measure keeps the label on one line
    const svg = legendSvg(
      layoutLegend(sections, (t) => t.length * 3),
      100,
      0,
      "#ffffff",
    );
    expect(svg).toContain(
      "R&amp;D &quot;Lab&quot; &lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;",
    );
    expect(svg).not.toContain("<script>");
    expect(svg).toContain('stroke-dasharray="7 4"');
    expect(svg).toContain("<polygon");
    const doc = parse(`<svg xmlns="http://www.w3.org/2000/svg">${svg}</svg>`);
    const texts = Array.from(doc.getElementsByTagName("text")).map((t) => t.textContent);
    expect(texts).toContain(HOSTILE);
    expect(doc.getElementsByTagName("script").length).toBe(0);
  });
});

describe("composeSvg", () => {
  const graph =
    '<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="400.5" height="300"><defs/><g><text>Alpha &amp; Co</text></g></svg>';

  it("widens the drawing for the legend, keeps the graph and appends the legend group", () => {
    const legend = layoutLegend(sections, measure);
    const out = composeSvg(graph, { width: 400, height: 300 }, legend, "#ffffff");
    const doc = parse(out);
    const root = doc.documentElement!;
    expect(root.getAttribute("width")).toBe(String(400 + legend.width));
    expect(root.getAttribute("height")).toBe("300");
    expect(root.getAttribute("viewBox")).toBe(`0 0 ${400 + legend.width} 300`);
    expect(out).toContain("<text>Alpha &amp; Co</text>");
    const groups = Array.from(doc.getElementsByTagName("g")).filter(
      (g) => g.getAttribute("class") === "tamyr-legend",
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]!.getAttribute("transform")).toBe("translate(400 0)");
    expect(out.indexOf('class="tamyr-legend"')).toBeGreaterThan(out.indexOf("Alpha"));
  });

  it("adds a background only when asked and grows to a legend taller than the view", () => {
    const legend = layoutLegend(sections, measure);
    const transparent = composeSvg(graph, { width: 400, height: 20 }, legend, null);
    expect(parse(transparent).documentElement!.getAttribute("height")).toBe(String(legend.height));
    expect(transparent).not.toContain('fill="#ffffff"/><defs');
    const white = composeSvg(graph, { width: 400, height: 300 }, legend, "#ffffff");
    expect(white).toMatch(/<svg[^>]*><rect width="\d+" height="300" fill="#ffffff"\/>/);
  });

  it("refuses something that is not SVG", () => {
    expect(() =>
      composeSvg("<html></html>", { width: 1, height: 1 }, layoutLegend([], measure), null),
    ).toThrow();
  });
});
