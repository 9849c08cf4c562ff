/** A problem found in a file, located for a person: file, line, column and JSON path. */
export interface Problem {
  /** 1-based line of the offending value in the text, when known. */
  line?: number;
  /** 1-based column of the offending value in the text, when known. */
  column?: number;
  /** JSON path such as `ties[3].target`; empty for the whole file. */
  path: string;
  message: string;
}

/** Formats a zod-style path as `ties[3].target`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else {
      const key = String(part);
      out += /^[A-Za-z_$][\w$]*$/.test(key) ? (out ? "." : "") + key : `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

/** One line per problem: `FILE:LINE:COLUMN  path  message`. */
export function formatProblem(file: string, problem: Problem): string {
  const where =
    problem.line !== undefined ? `${file}:${problem.line}:${problem.column ?? 1}` : file;
  return `${where}  ${problem.path || "(file)"}  ${problem.message}`;
}
