import pino, { type Logger } from 'pino';
import type { Config } from '../config/load-config';

/** Structured JSON logs on stdout; the detail of masked errors goes here, under a request id. */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({ level: config.logLevel, base: { service: 'kg-graphql' } });
}
