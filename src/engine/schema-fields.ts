/** The profile's fields, read from its JSON Schema: the one place the profile's shape is defined. */

/** The subset of JSON Schema the profile schema uses. */
export interface SchemaNode {
  description?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  items?: SchemaNode;
  uniqueItems?: boolean;
  required?: string[];
  properties?: Record<string, SchemaNode>;
  /** A shared definition, "#/$defs/name"; the node's own keywords (its description) add to it. */
  $ref?: string;
  $defs?: Record<string, SchemaNode>;
  'x-unit'?: string;
}

/** One field of the profile, by dotted path. */
export interface ProfileField {
  path: string;
  kind: 'group' | 'boolean' | 'integer' | 'number' | 'string' | 'enum' | 'list' | 'const';
  description: string;
  required: boolean;
  /** The allowed values of an enum, or of each item of a list that has a vocabulary. */
  values?: unknown[];
  unit?: string;
  minimum?: number;
  maximum?: number;
  schema: SchemaNode;
}

/** Every field of the schema, groups included, in the schema's order. */
export function listFields(schema: SchemaNode): ProfileField[] {
  const fields: ProfileField[] = [];
  walk(schema, '');
  return fields;

  function walk(node: SchemaNode, prefix: string): void {
    for (const [name, own] of Object.entries(node.properties ?? {})) {
      const child = resolveRef(schema, own);
      const path = prefix ? `${prefix}.${name}` : name;
      fields.push({
        path,
        kind: kindOf(child),
        description: child.description ?? '',
        required: node.required?.includes(name) ?? false,
        values:
          child.enum ??
          child.items?.enum ??
          (child.const !== undefined ? [child.const] : undefined),
        unit: child['x-unit'],
        minimum: child.minimum,
        maximum: child.maximum,
        schema: child,
      });
      if (child.properties) walk(child, path);
    }
  }
}

/** A node with its "#/$defs/…" reference replaced by the definition, its own keywords kept. */
function resolveRef(root: SchemaNode, node: SchemaNode): SchemaNode {
  if (node.$ref === undefined) return node;
  const name = /^#\/\$defs\/([^/]+)$/.exec(node.$ref)?.[1];
  const target = name === undefined ? undefined : root.$defs?.[name];
  if (!target) throw new Error(`the profile schema refers to an unknown definition: ${node.$ref}`);
  const { $ref: _ref, ...own } = node;
  return { ...resolveRef(root, target), ...own };
}

function kindOf(node: SchemaNode): ProfileField['kind'] {
  if (node.const !== undefined) return 'const';
  if (node.enum) return 'enum';
  if (node.properties) return 'group';
  if (node.type === 'array') return 'list';
  if (
    node.type === 'boolean' ||
    node.type === 'integer' ||
    node.type === 'number' ||
    node.type === 'string'
  )
    return node.type;
  throw new Error(
    `the profile schema uses a type the engine does not know: ${JSON.stringify(node.type)}`,
  );
}

/** The schema node at a dotted path, or undefined where the schema defines no such field. */
export function schemaAt(schema: SchemaNode, path: string): SchemaNode | undefined {
  let node: SchemaNode | undefined = schema;
  for (const step of path.split('.')) {
    node =
      node?.properties && Object.hasOwn(node.properties, step)
        ? resolveRef(schema, node.properties[step] as SchemaNode)
        : undefined;
  }
  return node;
}
