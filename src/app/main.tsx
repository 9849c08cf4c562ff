import "./zod-csp.ts";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { startLinkedFile } from "./state/linked-file.ts";
import "./styles.css";

// a linked dataset is fetched and checked while the app starts
startLinkedFile(window.location.search);

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
