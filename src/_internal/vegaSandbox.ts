import type { Loader, ViewOptions } from "vega";

/** A vega / vega-lite logger that prints nothing and keeps every error and warning. */
export interface CollectingLogger {
  /** The logger to hand to vega-lite's `compile` and vega's `View`. */
  readonly logger: NonNullable<ViewOptions["logger"]>;
  /** The messages logged at error level, in order. */
  readonly errors: string[];
  /** The messages logged at warning level, in order. */
  readonly warnings: string[];
}

function text(args: unknown[]): string {
  return args.map((a) => (a instanceof Error ? a.message : String(a))).join(" ");
}

/** A silent logger that records warnings and errors, so a failed render can be reported, not printed. */
export function collectingLogger(): CollectingLogger {
  const errors: string[] = [];
  const warnings: string[] = [];
  let level = 2;
  const logger = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error(...args: unknown[]) {
      errors.push(text(args));
      return logger;
    },
    warn(...args: unknown[]) {
      warnings.push(text(args));
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  return { logger: logger as NonNullable<ViewOptions["logger"]>, errors, warnings };
}

const REFUSED = "renderSvg loads nothing: data must be inline";

/**
 * A vega loader that never touches the network or the file system: data loads fail (and are
 * logged), link and image URLs are dropped.
 */
export function offlineLoader(): Loader {
  const refuse = (uri: string) => Promise.reject(new Error(`${REFUSED} (${uri})`));
  return {
    load: refuse,
    // Resolving with no href (rather than rejecting) lets vega's SVG writer drop the link cleanly.
    sanitize: () => Promise.resolve({ href: null as unknown as string }),
    http: refuse,
    file: refuse,
  };
}
