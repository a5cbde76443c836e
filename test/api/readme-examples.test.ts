import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startSeededServer, type SeededServer } from '../support/seeded-server';

const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => {
  const query = match[1] ?? '';
  const expectations = [...query.matchAll(/^# expect: (.+)$/gm)].map((line) => line[1] ?? '');
  return {
    query,
    expectations,
    title:
      query.split('\n').find((line) => line.startsWith('{') === false && !line.startsWith('#')) ?? query.slice(0, 40),
  };
});

let api: SeededServer;
beforeAll(async () => {
  api = await startSeededServer();
});
afterAll(async () => {
  await api.close();
});

describe('README examples', () => {
  it('has the example questions the README promises', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const example of examples) expect(example.expectations.length).toBeGreaterThan(0);
  });

  it.each(examples.map((example, index) => [index + 1, example] as const))(
    'example %i answers without errors and with what it promises',
    async (_index, example) => {
      const response = await api.graphql(example.query);
      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
      const body = JSON.stringify(response.data);
      for (const expected of example.expectations) expect(body).toContain(expected);
    },
  );
});
