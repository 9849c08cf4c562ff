/**
 * A text box with a list of choices (the ARIA 1.2 combobox pattern): typing
 * narrows the list, the arrow keys move through it, Enter chooses, Escape
 * closes. The owner computes the options for the text; this component only
 * keeps the list's open state and the active option.
 */
import { useId, useState } from "react";

export interface ComboOption {
  id: string;
  label: string;
  /** Shown after the label, muted: the alias that matched, "group". */
  detail?: string;
}

interface Props {
  label: string;
  /** Keep the label for screen readers only. */
  hideLabel?: boolean;
  text: string;
  onText(text: string): void;
  options: readonly ComboOption[];
  onChoose(option: ComboOption): void;
  listLabel: string;
  /** Shown as the only, disabled option when the text matches nothing. */
  noMatch: string;
  /** A muted line under the options, e.g. how many more match. */
  footer?: string;
  /** Open the list on an empty text too (a picker); a search box opens once something is typed. */
  listWhenEmpty?: boolean;
  placeholder?: string;
  type?: "search" | "text";
  className?: string;
  inputRef?: React.Ref<HTMLInputElement>;
}

export function Combobox(props: Props) {
  const { label, text, onText, options, onChoose, listLabel, noMatch, footer } = props;
  const id = useId();
  const listId = `${id}-list`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const expanded = open && (props.listWhenEmpty || text.trim() !== "");
  const current = Math.min(active, options.length - 1);
  const choose = (option: ComboOption) => {
    setOpen(false);
    onChoose(option);
  };
  return (
    <div className={props.className}>
      <label htmlFor={`${id}-input`} className={props.hideLabel ? "visually-hidden" : undefined}>
        {label}
      </label>
      <input
        id={`${id}-input`}
        ref={props.inputRef}
        type={props.type ?? "text"}
        role="combobox"
        autoComplete="off"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && current >= 0 ? `${id}-${current}` : undefined}
        placeholder={props.placeholder}
        value={text}
        onChange={(e) => {
          onText(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            if (expanded) setActive(Math.min(current + 1, options.length - 1));
            setOpen(true);
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive(Math.max(current - 1, 0));
          } else if (e.key === "Enter" && expanded && options[current]) {
            // choosing, not submitting the form the box may be in
            e.preventDefault();
            choose(options[current]);
          } else if (e.key === "Escape" && expanded) {
            e.preventDefault();
            setOpen(false);
          }
        }}
      />
      {expanded && (
        <ul id={listId} role="listbox" aria-label={listLabel} className="combo-list">
          {options.length === 0 && (
            <li role="option" aria-selected={false} aria-disabled="true" className="no-hits">
              {noMatch}
            </li>
          )}
          {options.map((option, i) => (
            <li
              key={option.id}
              id={`${id}-${i}`}
              role="option"
              aria-selected={i === current}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(option);
              }}
              onMouseEnter={() => setActive(i)}
            >
              {option.label}
              {option.detail && <small className="matched"> — {option.detail}</small>}
            </li>
          ))}
          {footer && (
            <li role="presentation" className="combo-footer">
              {footer}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
