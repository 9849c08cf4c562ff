declare module "json-source-map" {
  interface Location {
    line: number;
    column: number;
    pos: number;
  }
  export interface Pointer {
    value: Location;
    valueEnd: Location;
    key?: Location;
    keyEnd?: Location;
  }
  export function parse(text: string): { data: unknown; pointers: Record<string, Pointer> };
  const jsonSourceMap: { parse: typeof parse };
  export default jsonSourceMap;
}
