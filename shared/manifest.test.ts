/** The manifest validates offline: converted to the unified JSON manifest and checked against the bundled schema. */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { convert } from 'office-addin-manifest-converter';
import { describe, expect, it } from 'vitest';
import { ADDIN_ID, renderManifest } from './manifest';

const require = createRequire(import.meta.url);

async function convertToJson(xml: string) {
  const dir = await mkdtemp(join(tmpdir(), 'thidua-manifest-'));
  await writeFile(join(dir, 'manifest.xml'), xml);
  await convert(join(dir, 'manifest.xml'), join(dir, 'out'), false);
  const files = await readdir(join(dir, 'out'));
  const name = files.find((f) => f === 'manifest.json')!;
  return JSON.parse(await readFile(join(dir, 'out', name), 'utf8'));
}

/** Validates against the schema version the manifest names, from @microsoft/app-manifest's bundled copies. */
async function validate(manifest: { $schema: string; manifestVersion: string }) {
  const { AppManifestUtils } = require('@microsoft/app-manifest');
  const version = /\/(v[\d.]+|vDevPreview)\//.exec(manifest.$schema)![1];
  const schemaPath = require.resolve(
    `@microsoft/app-manifest/build/json-schemas/teams/${version}/MicrosoftTeams.schema.json`,
  );
  const schema = JSON.parse(await readFile(schemaPath, 'utf8'));
  return (await AppManifestUtils.validateAgainstSchema(manifest, schema)) as string[];
}

describe('renderManifest', () => {
  const xml = renderManifest('https://thidua.example.gov.vn/');

  it('is well-formed XML naming the origin everywhere and nothing else', () => {
    const errors: string[] = [];
    const doc = new DOMParser({
      errorHandler: (level: string, msg: string) => errors.push(`${level}: ${msg}`),
    }).parseFromString(xml, 'text/xml');
    expect(errors).toEqual([]);
    expect(doc.getElementsByTagName('Permissions')[0]!.textContent).toBe('ReadWriteDocument');
    expect(doc.getElementsByTagName('Id')[0]!.textContent).toBe(ADDIN_ID);
    expect(doc.getElementsByTagName('DisplayName')[0]!.getAttribute('DefaultValue')).toBe('Thi đua');
    const urls = [...xml.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]);
    const external = urls.filter(
      (u) =>
        !u.startsWith('https://thidua.example.gov.vn') &&
        !u.includes('schemas.microsoft.com') &&
        !u.includes('www.w3.org'),
    );
    expect(external).toEqual([]);
    expect(xml).toContain('https://thidua.example.gov.vn/taskpane');
    for (const s of [16, 32, 64, 80])
      expect(xml).toContain(`https://thidua.example.gov.vn/assets/icon-${s}.png`);
  });

  it('escapes what it embeds and refuses what is not an http(s) origin', () => {
    expect(() => renderManifest('javascript:alert(1)')).toThrow();
    expect(renderManifest('http://localhost:8787')).toContain('http://localhost:8787/taskpane');
  });

  it('converts to the unified JSON manifest, which validates against the bundled schema', async () => {
    const json = await convertToJson(xml);
    expect(json.id).toBe(ADDIN_ID);
    expect(json.name.short).toBe('Thi đua');
    expect(JSON.stringify(json.extensions)).toContain('https://thidua.example.gov.vn/taskpane');
    expect(await validate(json)).toEqual([]);
  });

  it('the schema check is real: a broken manifest fails it', async () => {
    const json = await convertToJson(xml);
    json.id = 'not-a-guid';
    delete json.name;
    const errors = await validate(json);
    expect(errors.length).toBeGreaterThan(0);
  });
});
