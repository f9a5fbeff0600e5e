import { FieldSpec } from '../kinds/kind-spec';

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Which column feeds each field: the person's mapping first, then the one remembered for the
 * source, then columns whose heading is the field's name or label ("Full name", "full_name",
 * "fullName" all feed fullName). A mapping that names a column the file lacks is dropped.
 */
export function chooseMapping(
  fields: readonly FieldSpec[],
  columns: readonly string[],
  given: Readonly<Record<string, string>> | null,
  remembered: Readonly<Record<string, string>> | null,
): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const field of fields) {
    const chosen = [given?.[field.name], remembered?.[field.name]].find((column) => column !== undefined);
    if (chosen !== undefined) {
      if (chosen !== '' && columns.includes(chosen)) mapping[field.name] = chosen;
      continue;
    }
    const alike = columns.find(
      (column) => squash(column) === squash(field.name) || squash(column) === squash(field.label),
    );
    if (alike) mapping[field.name] = alike;
  }
  return mapping;
}

/** The required fields no column feeds: the file cannot be imported until they are mapped. */
export function missingRequired(fields: readonly FieldSpec[], mapping: Readonly<Record<string, string>>): FieldSpec[] {
  return fields.filter((field) => field.required && !mapping[field.name]);
}
