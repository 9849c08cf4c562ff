/** Small inline SVG symbols shared by the legend and the filters. */
import type { RoleTerm } from "../../../schema/index.ts";

export function Swatch({ color }: { color: string }) {
  return (
    <svg className="symbol" width="14" height="14" aria-hidden="true">
      <circle cx="7" cy="7" r="6" fill={color} stroke="#fff" />
    </svg>
  );
}

const SHAPE_POINTS: Partial<Record<RoleTerm["shape"], string>> = {
  triangle: "7,1 13,13 1,13",
  "round-triangle": "7,1 13,13 1,13",
  diamond: "7,1 13,7 7,13 1,7",
  "round-diamond": "7,1 13,7 7,13 1,7",
  pentagon: "7,1 13,5.5 10.7,13 3.3,13 1,5.5",
  hexagon: "4,1 10,1 13,7 10,13 4,13 1,7",
  octagon: "4.5,1 9.5,1 13,4.5 13,9.5 9.5,13 4.5,13 1,9.5 1,4.5",
  star: "7,1 8.8,5.2 13,5.5 9.8,8.4 10.8,13 7,10.6 3.2,13 4.2,8.4 1,5.5 5.2,5.2",
  vee: "1,1 7,6 13,1 7,13",
  tag: "1,2 9,2 13,7 9,12 1,12",
};

export function ShapeIcon({ shape, color = "#555" }: { shape: RoleTerm["shape"]; color?: string }) {
  const points = SHAPE_POINTS[shape];
  return (
    <svg className="symbol" width="14" height="14" aria-hidden="true">
      {points ? (
        <polygon points={points} fill={color} />
      ) : shape === "ellipse" ? (
        <circle cx="7" cy="7" r="6" fill={color} />
      ) : (
        <rect x="1" y="2" width="12" height="10" rx={shape === "rectangle" ? 0 : 3} fill={color} />
      )}
    </svg>
  );
}

export function LineIcon({
  color = "#555",
  dash = [],
  width = 2,
  opacity = 1,
  arrow = false,
}: {
  color?: string;
  dash?: number[];
  width?: number;
  opacity?: number;
  arrow?: boolean;
}) {
  return (
    <svg className="symbol line" width="28" height="14" aria-hidden="true">
      <line
        x1="1"
        y1="7"
        x2={arrow ? 21 : 27}
        y2="7"
        stroke={color}
        strokeWidth={width}
        strokeOpacity={opacity}
        strokeDasharray={dash.length ? dash.join(" ") : undefined}
      />
      {arrow && <polygon points="20,3 27,7 20,11" fill={color} fillOpacity={opacity} />}
    </svg>
  );
}
