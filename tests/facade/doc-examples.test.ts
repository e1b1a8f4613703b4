import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const FACADE_DIR = join(import.meta.dirname, '../../src/facade');

/** One exported class of Layer 2 and the public members a reader calls. */
interface ClassDocs {
  name: string;
  hasExample: boolean;
  members: { name: string; hasExample: boolean }[];
}

function sourceFiles(directory: string): string[] {
  const entries = readdirSync(directory, { recursive: true, encoding: 'utf8' });
  return entries.filter((entry) => entry.endsWith('.ts')).map((entry) => join(directory, entry));
}

function hasExampleTag(node: ts.Node): boolean {
  return ts.getJSDocTags(node).some((tag) => tag.tagName.text === 'example');
}

function isPublic(member: ts.ClassElement): boolean {
  if (member.name !== undefined && ts.isPrivateIdentifier(member.name)) return false;

  const modifiers = ts.canHaveModifiers(member) ? ts.getModifiers(member) ?? [] : [];
  return !modifiers.some((modifier) =>
    modifier.kind === ts.SyntaxKind.PrivateKeyword ||
    modifier.kind === ts.SyntaxKind.ProtectedKeyword);
}

function memberName(member: ts.ClassElement, source: ts.SourceFile): string {
  if (ts.isConstructorDeclaration(member)) return 'constructor';
  return member.name?.getText(source) ?? '(anonymous)';
}

/**
 * Reads the public methods and constructors of a class. Overloads count once, documented when
 * any of their declarations carries the example.
 */
function publicCallables(node: ts.ClassDeclaration, source: ts.SourceFile): ClassDocs['members'] {
  const byName = new Map<string, boolean>();

  for (const member of node.members) {
    const callable = ts.isMethodDeclaration(member) || ts.isConstructorDeclaration(member);
    if (!callable || !isPublic(member)) continue;

    const name = memberName(member, source);
    byName.set(name, (byName.get(name) ?? false) || hasExampleTag(member));
  }

  return [...byName].map(([name, hasExample]) => ({ name, hasExample }));
}

function isExported(node: ts.ClassDeclaration): boolean {
  const modifiers = ts.getModifiers(node) ?? [];
  return modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
}

function exportedClasses(file: string): ClassDocs[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);

  return source.statements
    .filter((node): node is ts.ClassDeclaration => ts.isClassDeclaration(node))
    .filter((node) => node.name !== undefined && isExported(node))
    .map((node) => ({
      name: node.name?.text ?? '',
      hasExample: hasExampleTag(node),
      members: publicCallables(node, source),
    }));
}

describe('Layer 2 documentation', () => {
  const classes = sourceFiles(FACADE_DIR).flatMap(exportedClasses);

  it('finds the facade classes it checks', () => {
    const names = classes.map((docs) => docs.name);

    expect(names).toContain('Chaster');
    expect(names).toContain('Lock');
    expect(names).toContain('ExtensionSession');
    expect(classes.length).toBeGreaterThan(25);
  });

  it('gives every exported facade class an @example', () => {
    const undocumented = classes.filter((docs) => !docs.hasExample).map((docs) => docs.name);

    expect(undocumented).toEqual([]);
  });

  it('gives every public method and constructor of a facade class an @example', () => {
    const undocumented = classes.flatMap((docs) => docs.members
      .filter((member) => !member.hasExample)
      .map((member) => `${docs.name}.${member.name}`));

    expect(undocumented).toEqual([]);
  });
});
