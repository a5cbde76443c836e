import { GraphQLError } from 'graphql';
import { ErrorCode, invalidInput } from '../../errors/error-codes';
import type { AddSourceInput } from '../../graph/write/curation-inputs';
import type { GraphQLContext } from '../context/context';

/**
 * `extractArticle`: an editor's pasted article through the extractor into the review queue. The
 * payload carries the new source's id (read back as a draft, as every payload is) and the counts.
 */
export const extractArticleResolvers = {
  extractArticle: async (_: unknown, args: { input: AddSourceInput }, context: GraphQLContext) => {
    const subject = await context.writeGuard.admit(context.viewer, 'editor', 'extractArticle');
    if (context.articleDrafter === null || context.articleDrafter === undefined)
      throw new GraphQLError('This server was started without the extractor, so it cannot extract articles', {
        extensions: { code: ErrorCode.ServiceUnavailable },
      });
    const outcome = await context.articleDrafter(subject, args.input);
    switch (outcome.kind) {
      case 'refused':
        throw invalidInput([outcome.message]);
      case 'engine-failed':
        throw new GraphQLError(outcome.message, { extensions: { code: ErrorCode.ServiceUnavailable } });
      case 'drafted':
        return {
          source: { label: 'Source', properties: { id: outcome.sourceId } },
          claims: outcome.claims,
          entities: outcome.entities,
          quotesWithoutSpeaker: outcome.quotesWithoutSpeaker,
        };
    }
  },
};
