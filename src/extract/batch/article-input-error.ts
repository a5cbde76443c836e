/**
 * Why one article cannot be extracted, naming the file: read before any engine call, so nothing
 * is written for it and the batch goes on with the others.
 */
export class ArticleInputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'ArticleInputError';
  }
}
