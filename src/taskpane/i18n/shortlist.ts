// Strings of the ambition shortlist view (owned by the context engineer).
export const shortlist = { fr: {}, en: {} } satisfies { fr: Record<string, string>; en: Record<string, string> };
