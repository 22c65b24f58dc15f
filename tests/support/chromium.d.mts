export declare const DEBIAN_CHROMIUM: string;
export type ChromiumChoice = { path: string; error?: undefined } | { error: string; path?: undefined };
export declare function resolveChromium(input: {
  env: Record<string, string | undefined>;
  exists: (file: string) => boolean;
  playwrightPath: string | undefined;
}): ChromiumChoice;
export declare function chromiumPath(): string;
