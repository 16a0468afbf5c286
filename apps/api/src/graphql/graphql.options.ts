import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/config';
import { formatError } from './format-error';
import { createGraphqlContext } from './graphql-context';

/** Query limits. Generous for the web app's real queries, tight enough to stop abusive ones early. */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxCost: 5_000,
  maxTokens: 3_000,
} as const;

/**
 * Validation rules for the limits. They report (rather than throw) a rejection, so the client gets an
 * ordinary GRAPHQL_VALIDATION_FAILED error naming the limit.
 */
export function limitRules(): ValidationRule[] {
  const report = { exposeLimits: true, propagateOnRejection: false, onReject: [reportTo] };
  return [
    maxDepthRule({ n: GRAPHQL_LIMITS.maxDepth, ...report }),
    maxAliasesRule({ n: GRAPHQL_LIMITS.maxAliases, ...report }),
    costLimitRule({ maxCost: GRAPHQL_LIMITS.maxCost, ...report }),
  ];
}

function reportTo(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(error);
}

export function graphqlOptions(config: AppConfig, logger: Logger): ApolloDriverConfig {
  const production = config.env === 'production';
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: !production,
    // In production, unknown-field errors do not suggest names ("did you mean …") nor reveal the schema.
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    validationRules: limitRules(),
    // Our CommonJS build and Nest's ESM build see two copies of Apollo's types; the object is the same.
    plugins: [ApolloServerPluginCacheControlDisabled()] as NonNullable<ApolloDriverConfig['plugins']>,
    context: createGraphqlContext,
    formatError: (formatted, error) => formatError(formatted, error, logger),
  };
}
