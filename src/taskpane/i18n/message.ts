// Strings of the message view (owned by the context engineer).
export const message = { fr: {}, en: {} } satisfies { fr: Record<string, string>; en: Record<string, string> };
