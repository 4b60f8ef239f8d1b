/**
 * The properties of each Graph type Circles selects, as Graph's v1.0 resource pages list them
 * (../shared/reference/graph/resources.md; user: the v1.0 user resource). Graph refuses a `$select` that
 * names a property its type does not have — 400 "Could not find a property named 'x' on type
 * 'microsoft.graph.contact'" — so the emulator does too: a misspelt field fails in the tests, not in a tenant.
 */

// prettier-ignore
const CONTACT = [
  'id', 'assistantName', 'birthday', 'businessAddress', 'businessHomePage', 'businessPhones', 'categories',
  'changeKey', 'children', 'companyName', 'createdDateTime', 'department', 'displayName', 'emailAddresses', 'fileAs',
  'generation', 'givenName', 'homeAddress', 'homePhones', 'imAddresses', 'initials', 'jobTitle',
  'lastModifiedDateTime', 'manager', 'middleName', 'mobilePhone', 'nickName', 'officeLocation', 'otherAddress',
  'parentFolderId', 'personalNotes', 'profession', 'spouseName', 'surname', 'title', 'yomiCompanyName',
  'yomiGivenName', 'yomiSurname',
];
const CONTACT_FOLDER = ['id', 'displayName', 'parentFolderId'];
const CATEGORY = ['id', 'displayName', 'color'];
// prettier-ignore
const EVENT = [
  'id', 'allowNewTimeProposals', 'attendees', 'body', 'bodyPreview', 'categories', 'changeKey', 'createdDateTime',
  'end', 'hasAttachments', 'hideAttendees', 'iCalUId', 'importance', 'isAllDay', 'isCancelled', 'isDraft',
  'isOnlineMeeting', 'isOrganizer', 'isReminderOn', 'lastModifiedDateTime', 'location', 'locations', 'onlineMeeting',
  'onlineMeetingProvider', 'onlineMeetingUrl', 'organizer', 'originalEndTimeZone', 'originalStart',
  'originalStartTimeZone', 'recurrence', 'reminderMinutesBeforeStart', 'responseRequested', 'responseStatus',
  'sensitivity', 'seriesMasterId', 'showAs', 'start', 'subject', 'transactionId', 'type', 'webLink',
];
// prettier-ignore
const MESSAGE = [
  'id', 'bccRecipients', 'body', 'bodyPreview', 'categories', 'ccRecipients', 'changeKey', 'conversationId',
  'conversationIndex', 'createdDateTime', 'flag', 'from', 'hasAttachments', 'importance', 'inferenceClassification',
  'internetMessageHeaders', 'internetMessageId', 'isDeliveryReceiptRequested', 'isDraft', 'isRead',
  'isReadReceiptRequested', 'lastModifiedDateTime', 'parentFolderId', 'receivedDateTime', 'replyTo', 'sender',
  'sentDateTime', 'subject', 'toRecipients', 'uniqueBody', 'webLink',
];
// The user properties a signed-in user may read with User.Read (the v1.0 user resource), not the whole type.
// prettier-ignore
const USER = [
  'id', 'aboutMe', 'accountEnabled', 'birthday', 'businessPhones', 'city', 'companyName', 'country',
  'createdDateTime', 'department', 'displayName', 'employeeId', 'faxNumber', 'givenName', 'hireDate', 'imAddresses',
  'interests', 'jobTitle', 'mail', 'mailNickname', 'mobilePhone', 'mySite', 'officeLocation', 'otherMails',
  'pastProjects', 'postalCode', 'preferredLanguage', 'preferredName', 'proxyAddresses', 'responsibilities',
  'schools', 'skills', 'state', 'streetAddress', 'surname', 'usageLocation', 'userPrincipalName', 'userType',
];

export type GraphType = 'contact' | 'contactFolder' | 'outlookCategory' | 'event' | 'message' | 'user';

const PROPERTIES: Record<GraphType, ReadonlySet<string>> = {
  contact: new Set(CONTACT),
  contactFolder: new Set(CONTACT_FOLDER),
  outlookCategory: new Set(CATEGORY),
  event: new Set(EVENT),
  message: new Set(MESSAGE),
  user: new Set(USER),
};

/** The type a /me path answers with; undefined for those the emulator does not check (To Do). */
export function typeOf(seg: readonly string[]): GraphType | undefined {
  const [, a, b, c] = seg;
  if (seg.length === 1) return 'user';
  if (a === 'contacts') return 'contact';
  if (a === 'contactFolders' || a === 'contactfolders') return c === 'contacts' ? 'contact' : 'contactFolder';
  if (a === 'outlook' && b === 'masterCategories') return 'outlookCategory';
  if (a === 'messages') return 'message';
  if (a === 'events' || a === 'calendarView') return 'event';
  return undefined;
}

/** The first `$select` property the type does not have, if any. */
export function unknownSelected(type: GraphType, select: string | null): string | undefined {
  if (!select) return undefined;
  return select
    .split(',')
    .map((s) => s.trim())
    .find((s) => !PROPERTIES[type].has(s));
}

/** Graph's categoryColor: none, or preset0 … preset24. */
export const isCategoryColor = (color: unknown): boolean =>
  color === 'none' || (typeof color === 'string' && /^preset(?:[0-9]|1[0-9]|2[0-4])$/.test(color));
