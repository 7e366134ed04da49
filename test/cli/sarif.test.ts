/**
 * `--format sarif` validated against the SARIF 2.1.0 JSON Schema (the OASIS schema as published by
 * SchemaStore, `sarif-2.1.0-rtm.5.json`, shipped in the `@microsoft/jest-sarif` package) with a
 * draft-04 validator, and checked for what GitHub code scanning reads.
 */
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../engine/rules/index';
import { corpus, put, ROOT, runCli, scratch, type JsonEntry } from './run';

const schema = JSON.parse(readFileSync(new URL('../../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8'));

function validator() {
  // The schema's `language` pattern is not valid with the `u` flag, so patterns are compiled without it.
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe.concurrent('--format sarif', () => {
  const validate = validator();
  const work = scratch('sarif');
  let log: Sarif.Log;
  let json: JsonEntry[];
  beforeAll(async () => {
    const [sarif, plain] = await Promise.all([
      runCli(['check', '--format', 'sarif', 'samples/']),
      runCli(['check', '--format', 'json', 'samples/']),
    ]);
    expect(sarif.code).toBe(1);
    log = JSON.parse(sarif.stdout);
    json = JSON.parse(plain.stdout);
  });
  afterAll(() => work.cleanup());

  it('is valid SARIF 2.1.0', () => {
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
  });

  it('describes every rule of the catalogue, with its documentation link', () => {
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('Delibera');
    for (const rule of rules) {
      expect(driver.rules).toContainEqual(expect.objectContaining({
        id: rule.id,
        shortDescription: { text: rule.description.fr },
        helpUri: expect.stringMatching(new RegExp(`/${rule.id}\\.md$`)),
      }));
    }
  });

  it('has one result per diagnostic, with 1-based regions relative to the working directory', () => {
    const results = log.runs[0].results!;
    expect(results).toHaveLength(json.reduce((n, entry) => n + entry.diagnostics.length, 0));
    // samples/2022-372 L83 `Pour  :  42 voix`: the figure is columns 10–11.
    const total = results.find((result) => result.ruleId === 'vote-total')!;
    expect(total).toMatchObject({
      level: 'error',
      message: { text: 'Pour + Contre + Abstention = 42, mais présents + excusés = 43 (32 + 11).' },
      locations: [{
        physicalLocation: {
          artifactLocation: { uri: 'samples/2022-372-equipement-numerique-colleges.txt', uriBaseId: '%SRCROOT%' },
          region: { startLine: 83, startColumn: 10, endLine: 83, endColumn: 12 },
        },
      }],
    });
    expect(log.runs[0].tool.driver.rules![total.ruleIndex!].id).toBe('vote-total');
    expect(total.fixes?.[0].artifactChanges[0].replacements[0]).toEqual({
      deletedRegion: { startLine: 83, startColumn: 10, endLine: 83, endColumn: 12 },
      insertedContent: { text: '43' },
    });
    expect(log.runs[0].originalUriBaseIds!['%SRCROOT%'].uri).toBe(pathToFileURL(ROOT).href);
  });

  it('gives every rule its documentation page: full description, help as text and Markdown', () => {
    const driver = log.runs[0].tool.driver;
    for (const rule of rules) {
      const page = readFileSync(join(ROOT, 'docs', 'rules', `${rule.id}.md`), 'utf8');
      const descriptor = driver.rules!.find((r) => r.id === rule.id)!;
      expect(descriptor.help?.markdown).toBe(page);
      expect(descriptor.help?.text).not.toMatch(/\*\*|`|^#/m);
      expect(descriptor.fullDescription?.text.length).toBeGreaterThan(rule.description.fr.length / 2);
      expect(descriptor.fullDescription?.text).not.toMatch(/\n|\*\*/);
    }
    // numero-year's page: « Le numéro `(N°2022-80)` commence par l'**année de la réunion**. »
    expect(driver.rules!.find((r) => r.id === 'numero-year')!.fullDescription!.text).toMatch(/^- Le numéro \(N°2022-80\) commence par l'année de la réunion\./);
  });

  it('gives English descriptions under --locale en', async () => {
    const run = await runCli(['check', '--format', 'sarif', '--locale', 'en', 'samples/']);
    const english: Sarif.Log = JSON.parse(run.stdout);
    expect(validate(english), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const numero = english.runs[0].tool.driver.rules!.find((r) => r.id === 'numero-year')!;
    expect(numero.fullDescription!.text).toBe('The deliberation number starts with the meeting year and names one act only.');
  });

  it('fingerprints each result by rule, line text and rank, the same after lines are inserted above', async () => {
    const results = log.runs[0].results!;
    for (const result of results) expect(result.partialFingerprints?.primaryLocationLineHash).toMatch(/^[0-9a-f]{32}:\d+$/);
    const dir = join(work.dir, 'shift');
    const text = corpus('000_8d5666818704f46d.txt').replace('Pour  :  43 voix', 'Pour  :  41 voix');
    put(join(dir, 'a.txt'), text);
    const before: Sarif.Log = JSON.parse((await runCli(['check', '--format', 'sarif', 'a.txt'], { cwd: dir })).stdout);
    put(join(dir, 'a.txt'), text.replace('REUNION DU 27 SEPTEMBRE 2022', 'REUNION DU 27 SEPTEMBRE 2022\n\n\n'));
    const after: Sarif.Log = JSON.parse((await runCli(['check', '--format', 'sarif', 'a.txt'], { cwd: dir })).stdout);
    const lines = (l: Sarif.Log) => l.runs[0].results!.map((r) => r.locations![0].physicalLocation!.region!.startLine!);
    const prints = (l: Sarif.Log) => l.runs[0].results!.map((r) => `${r.ruleId} ${r.partialFingerprints!.primaryLocationLineHash}`);
    expect(before.runs[0].results!.length).toBeGreaterThan(0);
    expect(lines(after)).toEqual(lines(before).map((line) => line + 3));
    expect(prints(after)).toEqual(prints(before));
    expect(new Set(prints(before)).size).toBe(prints(before).length);
  });

  it('links each rule to the page its diagnostics link to', () => {
    const hrefs = new Map(json.flatMap((entry) => entry.diagnostics.map((d) => [d.code, d.codeDescription?.href])));
    for (const [code, href] of hrefs) {
      expect(log.runs[0].tool.driver.rules!.find((rule) => rule.id === code)?.helpUri).toBe(href);
    }
  });

  it('stays valid with notices, odd file names and files outside the working directory, and says the run failed', async () => {
    const dir = join(work.dir, 'odd');
    put(join(dir, 'séance du 21 mars #1.txt'), corpus('000_8d5666818704f46d.txt').replace('Pour  :  43 voix', 'Pour  :  41 voix'));
    put(join(dir, 'scan.delib'), Buffer.from([0x00, 0x01, 0x02]));
    const outside = put(join(work.dir, 'ailleurs', 'acte.txt'), corpus('000_8d5666818704f46d.txt').replace('Pour  :  43 voix', 'Pour  :  41 voix'));
    const run = await runCli(['check', '--format', 'sarif', '.', 'absent.txt', outside], { cwd: dir });
    expect(run.code).toBe(2);
    const odd: Sarif.Log = JSON.parse(run.stdout);
    expect(validate(odd), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const uris = odd.runs[0].results!.map((result) => result.locations![0].physicalLocation!.artifactLocation!.uri);
    expect(uris).toContain('s%C3%A9ance%20du%2021%20mars%20%231.txt');
    expect(uris).toContain(pathToFileURL(outside).href);
    const invocation = odd.runs[0].invocations![0];
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications!.map((n) => n.message.text)).toEqual(expect.arrayContaining([
      'absent.txt: fichier ou dossier introuvable',
      'scan.delib: fichier binaire : non vérifié',
    ]));
  });
});
