import { Kind, parse } from 'graphql';
import { readReadmeExamples } from '../../src/http/read-readme-examples';
import { startSeededServer, type SeededServer } from '../support/seeded-server';

const examples = readReadmeExamples();

let api: SeededServer;
beforeAll(async () => {
  api = await startSeededServer();
});
afterAll(async () => {
  await api.close();
});

describe('README examples', () => {
  it('has the example questions the README promises, each a named operation with expectations', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
    const names = new Set<string>();
    for (const example of examples) {
      expect(example.expectations.length).toBeGreaterThan(0);
      const [operation] = parse(example.document).definitions;
      const name = operation?.kind === Kind.OPERATION_DEFINITION ? operation.name?.value : undefined;
      expect(name).toMatch(/^[A-Z][A-Za-z0-9]+$/);
      names.add(name ?? '');
    }
    expect(names.size).toBe(examples.length);
  });

  it.each(examples.map((example) => [example.title, example] as const))(
    '"%s" answers without errors and with what it promises',
    async (_title, example) => {
      const response = await api.graphql(example.document);
      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
      const body = JSON.stringify(response.data);
      for (const expected of example.expectations) expect(body).toContain(expected);
    },
  );
});
