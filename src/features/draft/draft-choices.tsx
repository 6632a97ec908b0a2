import type { Name } from '../../data/catalog-schema';
import { localize } from '../../i18n/localize';
import { useAppStore } from '../../state/store';

interface Props {
  /** Ids chosen, in the order they were added. */
  chosen: string[];
  /** Everything that can be chosen (the catalog's industries or carriers). */
  options: { id: string; name: Name }[];
  onChange: (ids: string[]) => void;
  addLabel: string;
  removeLabel: string;
  className: string;
}

/** A draft zone's industries or carriers: each chosen one with × to remove it, and a list to add another. */
export function DraftChoices({ chosen, options, onChange, addLabel, removeLabel, className }: Props) {
  const locale = useAppStore((s) => s.locale);
  const nameOf = (id: string) => {
    const option = options.find((o) => o.id === id);
    return option ? localize(option.name, locale) : id;
  };
  const available = options.filter((o) => !chosen.includes(o.id));
  return (
    <>
      <ul className={`draft-zone__chips ${className}`}>
        {chosen.map((id) => (
          <li key={id} className="draft-zone__chip">
            {nameOf(id)}
            <button type="button" aria-label={`${removeLabel}: ${nameOf(id)}`} onClick={() => onChange(chosen.filter((other) => other !== id))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <label className="draft-zone__field">
        {addLabel}
        <select value="" onChange={(event) => event.target.value && onChange([...chosen, event.target.value])}>
          <option value="">…</option>
          {available.map((option) => (
            <option key={option.id} value={option.id}>
              {localize(option.name, locale)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
