import path from 'node:path';
import { DEFAULT_SEED_DIR, readSeedInputs } from '../../seed/read-seed-inputs';
import { MINI_DIR, MINI_TEXT } from './seed-test-inputs';

describe('readSeedInputs', () => {
  it('expands a folder into the .json files directly in it, named by their file name', () => {
    const { inputs, problems } = readSeedInputs([MINI_DIR, DEFAULT_SEED_DIR]);
    expect(problems).toEqual([]);
    expect(inputs.map((input) => input.name)).toEqual([
      'mini.json',
      'moscow-times-lukashenko-peace-talks.json',
      'valaam.json',
    ]);
  });

  it('reads files named relative to the seed file, and returns null for one that does not exist', () => {
    const [input] = readSeedInputs([path.join(MINI_DIR, 'mini.json')]).inputs;
    expect(input?.readRelative('mini.txt')).toBe(MINI_TEXT);
    expect(input?.readRelative('missing.txt')).toBeNull();
  });

  it('reports a path that does not exist and a folder without seed files, and keeps the rest', () => {
    const { inputs, problems } = readSeedInputs(['test/fixtures/no-such-seed.json', __dirname, MINI_DIR]);
    expect(problems).toEqual([
      'test/fixtures/no-such-seed.json: no such file or folder',
      `${__dirname}: no .json seed files in this folder`,
    ]);
    expect(inputs.map((input) => input.name)).toEqual(['mini.json']);
  });
});
