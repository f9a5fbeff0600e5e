/** The answers a form can take the focus to, in the order they stand on the page. */
const INVALID_FIELDS = [
  'input.ng-invalid',
  'textarea.ng-invalid',
  'mat-select.ng-invalid',
  'mat-radio-group.ng-invalid input',
  'mat-checkbox.ng-invalid input',
  'input[aria-invalid="true"]',
].join(', ');

/**
 * Takes the focus to the first answer below `root` that needs changing (a RecordSave's
 * `focusFirstInvalid`); does nothing when every answer is fine. Returns whether it moved the focus.
 */
export function focusFirstInvalid(root: ParentNode): boolean {
  const field = root.querySelector<HTMLElement>(INVALID_FIELDS);
  field?.focus();
  return !!field;
}
