import { focusFirstInvalid } from './focus-invalid';

describe('focusFirstInvalid', () => {
  function form(html: string): HTMLElement {
    const root = document.createElement('form');
    root.innerHTML = html;
    document.body.replaceChildren(root);
    return root;
  }

  it('focuses the first invalid answer in page order', () => {
    const root = form(`
      <input id="fine" class="ng-valid" />
      <textarea id="first" class="ng-invalid"></textarea>
      <input id="second" class="ng-invalid" />
    `);
    expect(focusFirstInvalid(root)).toBe(true);
    expect(document.activeElement?.id).toBe('first');
  });

  it('reaches the input inside an invalid checkbox or radio group, and a server-marked input', () => {
    expect(focusFirstInvalid(form(`<mat-checkbox class="ng-invalid"><input id="consent" type="checkbox" /></mat-checkbox>`))).toBe(true);
    expect(document.activeElement?.id).toBe('consent');
    expect(focusFirstInvalid(form(`<input id="name" aria-invalid="true" />`))).toBe(true);
    expect(document.activeElement?.id).toBe('name');
  });

  it('leaves the focus alone when every answer is fine', () => {
    const root = form(`<input id="fine" class="ng-valid" />`);
    expect(focusFirstInvalid(root)).toBe(false);
    expect(document.activeElement).toBe(document.body);
  });
});
