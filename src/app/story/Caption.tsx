/** Renders a caption's safe formatting as React text nodes. */
import { parseCaption } from "../../core/view/caption.ts";

export function Caption({ text }: { text: string }) {
  return (
    <>
      {parseCaption(text).map((paragraph, p) => (
        <p key={p}>
          {paragraph.map((token, t) => {
            switch (token.kind) {
              case "bold":
                return <strong key={t}>{token.text}</strong>;
              case "italic":
                return <em key={t}>{token.text}</em>;
              case "link":
                return (
                  <a key={t} href={token.href} target="_blank" rel="noopener noreferrer">
                    {token.text}
                  </a>
                );
              default:
                return <span key={t}>{token.text}</span>;
            }
          })}
        </p>
      ))}
    </>
  );
}
