import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "tests/fixtures/**", "tests/.tmp/**", "docs/**"] },
  js.configs.recommended,
  {
    files: ["bin/**/*.js", "*.config.js", "scripts/**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
  ...tseslint.configs.recommended,
  {
    files: ["src/app/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  {
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Data is text, never markup.",
        },
        { selector: "NewExpression[callee.name='Function']", message: "No new Function." },
      ],
      "no-eval": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/core/**/*.ts", "schema/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: ["**/app/**", "**/cli/**", "react", "react-dom", "cytoscape*"],
          paths: [
            {
              name: "graphology",
              importNames: ["default"],
              allowTypeImports: true,
              message:
                "Make graphs with Graph from src/core/graph/graph-class.ts (see its comment).",
            },
          ],
        },
      ],
    },
  },
  {
    // the one module that takes graphology's Graph as it comes
    files: ["src/core/graph/graph-class.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["**/app/**", "**/cli/**", "react", "react-dom", "cytoscape*"] },
      ],
    },
  },
);
