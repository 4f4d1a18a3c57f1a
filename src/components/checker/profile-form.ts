/**
 * A form for the profile, generated from its JSON Schema: a switch per boolean, a number input
 * with the schema's bounds and unit, a select per enum, a list (one item a line) per array.
 * Each field can be removed, which leaves it undeclared. The fields sit in one collapsible
 * section per top-level group of the schema (rollout, recovery…), each saying how many of its
 * fields the profile declares, so the form is a short list until a section is opened.
 */
import { readPath } from '../../engine/dotted-path.ts';
import { DATE_PATTERN } from '../../engine/schema-words.ts';
import { listFields, type ProfileField, type SchemaNode } from '../../engine/schema-fields.ts';
import profileSchema from '../../profiles/vendor-profile.v1.json';

type Profile = Record<string, unknown>;
const NOT_DECLARED = '';

/** The section of the top-level fields that belong to no group (vendor, product, platform…). */
const GENERAL_SECTION = 'Product and declaration';

/** Builds the form's fields into `form`; `onEdit` gets the path and new value (undefined: remove). */
export function buildProfileForm(
  form: HTMLFormElement,
  onEdit: (path: string, value: unknown) => void,
): void {
  // Where each group's fields go: a top-level group's section, a nested group's fieldset
  // (rollout.content in rollout's section).
  const owners = new Map<string, HTMLElement>();
  for (const field of listFields(profileSchema as SchemaNode)) {
    const parentPath = field.path.includes('.')
      ? field.path.slice(0, field.path.lastIndexOf('.'))
      : '';
    if (field.kind === 'group') {
      const group = parentPath === '' ? section(field.path, field.path, false) : fieldset(field);
      group.append(description(field));
      if (parentPath === '') form.append(group);
      else owners.get(parentPath)!.append(group);
      owners.set(field.path, group);
      continue;
    }
    if (!owners.has(parentPath)) {
      // The fields of no group say what the profile is about: their section comes open.
      const general = section('general', GENERAL_SECTION, true);
      form.append(general);
      owners.set(parentPath, general);
    }
    owners.get(parentPath)!.append(fieldRow(field, onEdit));
  }
}

/** A collapsible section, named by its summary. */
function section(id: string, title: string, open: boolean): HTMLDetailsElement {
  const details = document.createElement('details');
  details.className = 'form-section';
  details.dataset.section = id;
  details.open = open;
  const summary = document.createElement('summary');
  summary.id = `form-section-${id}`;
  const name = document.createElement('span');
  name.className = 'form-section-name';
  name.textContent = title;
  const count = document.createElement('span');
  count.className = 'form-section-count';
  summary.append(name, ' ', count);
  // A label names its field alone (ringCount); the section's name says whose field it is.
  details.setAttribute('aria-labelledby', summary.id);
  details.append(summary);
  return details;
}

function fieldset(field: ProfileField): HTMLFieldSetElement {
  const fieldset = document.createElement('fieldset');
  fieldset.dataset.group = field.path;
  const legend = document.createElement('legend');
  legend.textContent = field.path;
  fieldset.append(legend);
  return fieldset;
}

/** Shows `profile`'s values in the form; the control being edited keeps what the reader typed. */
export function fillProfileForm(form: HTMLFormElement, profile: Profile): void {
  for (const row of form.querySelectorAll<HTMLElement>('[data-path]')) {
    const path = row.dataset.path as string;
    const control = row.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
      '[data-control]',
    );
    if (!control) continue;
    const { value } = readPath(profile, path);
    row.dataset.declared = String(value !== undefined);
    (row.querySelector('.form-remove') as HTMLButtonElement | null)?.toggleAttribute(
      'hidden',
      value === undefined,
    );
    if (control === document.activeElement) continue;
    writeControl(control, row.dataset.kind as ProfileField['kind'], value);
  }
  // A closed section still tells how much of it the profile declares.
  for (const details of form.querySelectorAll<HTMLDetailsElement>('details.form-section')) {
    const rows = [...details.querySelectorAll<HTMLElement>('[data-path]')];
    const declared = rows.filter((row) => row.dataset.declared === 'true').length;
    details.querySelector('.form-section-count')!.textContent =
      `${declared} of ${rows.length} declared`;
  }
}

function fieldRow(
  field: ProfileField,
  onEdit: (path: string, value: unknown) => void,
): HTMLElement {
  const row = document.createElement('div');
  row.className = 'form-field';
  row.dataset.path = field.path;
  row.dataset.kind = field.kind;
  const id = `form-${field.path.replaceAll('.', '-')}`;
  const label = document.createElement('label');
  label.htmlFor = id;
  const name = field.path.slice(field.path.lastIndexOf('.') + 1);
  label.textContent = field.unit ? `${name} (${field.unit})` : name;
  const control = controlFor(field);
  control.id = id;
  control.dataset.control = '';
  const help = description(field);
  help.id = `${id}-help`;
  control.setAttribute('aria-describedby', help.id);
  control.addEventListener(
    field.kind === 'boolean' || field.kind === 'enum' ? 'change' : 'input',
    () => {
      const value = readControl(control, field.kind);
      if (value !== INVALID) onEdit(field.path, value);
    },
  );
  row.append(label, control);
  if (!field.required && field.kind !== 'const') {
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'form-remove';
    remove.textContent = 'Remove';
    remove.setAttribute('aria-label', `Remove ${field.path} (leave it undeclared)`);
    remove.addEventListener('click', () => onEdit(field.path, undefined));
    row.append(remove);
  }
  row.append(help);
  return row;
}

function description(field: ProfileField): HTMLElement {
  const help = document.createElement('p');
  help.className = 'form-description';
  help.textContent = field.description;
  return help;
}

function controlFor(
  field: ProfileField,
): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  switch (field.kind) {
    case 'boolean': {
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.setAttribute('role', 'switch');
      return input;
    }
    case 'integer':
    case 'number': {
      const input = document.createElement('input');
      input.type = 'number';
      input.step = field.kind === 'integer' ? '1' : 'any';
      if (field.minimum !== undefined) input.min = String(field.minimum);
      if (field.maximum !== undefined) input.max = String(field.maximum);
      return input;
    }
    case 'enum':
    case 'const': {
      const select = document.createElement('select');
      const values = field.values ?? [];
      if (field.kind === 'enum') select.append(new Option('(not declared)', NOT_DECLARED));
      for (const value of values) select.append(new Option(String(value), JSON.stringify(value)));
      if (field.kind === 'const') select.disabled = true;
      return select;
    }
    case 'list': {
      const area = document.createElement('textarea');
      area.rows = 3;
      area.placeholder = 'one item a line';
      return area;
    }
    default: {
      const input = document.createElement('input');
      input.type = 'text';
      // A date field shows the date as the profile holds it, not in the browser's locale format.
      if (field.schema.pattern === DATE_PATTERN) input.placeholder = 'YYYY-MM-DD';
      return input;
    }
  }
}

const INVALID = Symbol('invalid');

/** The value a control holds, undefined for "not declared", INVALID while half-typed. */
function readControl(
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
  kind: ProfileField['kind'],
): unknown {
  if (control instanceof HTMLInputElement && kind === 'boolean') return control.checked;
  if (control instanceof HTMLInputElement && (kind === 'integer' || kind === 'number')) {
    if (control.value === '') return control.validity.badInput ? INVALID : undefined;
    return Number.isFinite(control.valueAsNumber) ? control.valueAsNumber : INVALID;
  }
  if (kind === 'enum')
    return control.value === NOT_DECLARED ? undefined : JSON.parse(control.value);
  if (kind === 'list') {
    const items = control.value
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    return items.length > 0 ? items : undefined;
  }
  return control.value === '' ? undefined : control.value;
}

function writeControl(
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
  kind: ProfileField['kind'],
  value: unknown,
): void {
  if (control instanceof HTMLInputElement && kind === 'boolean') {
    control.checked = value === true;
    return;
  }
  if (kind === 'enum' || kind === 'const') {
    const wanted = value === undefined ? NOT_DECLARED : JSON.stringify(value);
    control.value = [...(control as HTMLSelectElement).options].some((o) => o.value === wanted)
      ? wanted
      : NOT_DECLARED;
    return;
  }
  if (kind === 'list') {
    control.value = Array.isArray(value) ? value.join('\n') : '';
    return;
  }
  control.value =
    value === undefined || value === null || typeof value === 'object' ? '' : String(value);
}
