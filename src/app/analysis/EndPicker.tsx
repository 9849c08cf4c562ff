/**
 * One end of a path query: an actor or a group, picked by typing a name in
 * any script (the search's folding: Назарбаев finds Nazarbayev). Editing the
 * text after a choice clears the choice until another is made.
 */
import { useEffect, useMemo, useState } from "react";
import type { LoadedDataset } from "../state/loaded-dataset.ts";
import { Combobox } from "../search/Combobox.tsx";
import { endLabel, endOptions, type RoleGroup } from "./end-options.ts";

interface Props {
  label: string;
  /** An actor id, `role:<id>` for a group, or "" for none. */
  value: string;
  loaded: LoadedDataset;
  eligible: ReadonlySet<string>;
  groups: RoleGroup[];
  onChange(value: string): void;
}

export function EndPicker({ label, value, loaded, eligible, groups, onChange }: Props) {
  const chosen = endLabel(loaded, groups, value);
  const [text, setText] = useState(chosen);
  // a choice made elsewhere (a link, Clear, Back) shows its name
  useEffect(() => setText(chosen), [chosen]);
  const { options, footer } = useMemo(
    () => endOptions(loaded, eligible, groups, text === chosen && value !== "" ? "" : text),
    [loaded, eligible, groups, text, chosen, value],
  );
  return (
    <Combobox
      className="end-picker"
      label={label}
      text={text}
      onText={(next) => {
        setText(next);
        if (value !== "") onChange("");
      }}
      options={options}
      footer={footer}
      onChoose={(option) => {
        setText(option.label);
        onChange(option.id);
      }}
      listWhenEmpty
      placeholder="Type a name, or choose a group"
      listLabel={`${label}: actors and groups`}
      noMatch={`No actor or group matches “${text}”`}
    />
  );
}
