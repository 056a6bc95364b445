/** The security suites' size: short in CI by default, long with KOMAR_SUITE_PROFILE=long. */
export const SUITE_PROFILE: 'short' | 'long' = process.env.KOMAR_SUITE_PROFILE === 'long' ? 'long' : 'short';

export const byProfile = <T>(short: T, long: T): T => (SUITE_PROFILE === 'long' ? long : short);
