/**
 * Microsoft To Do in the emulator, with Graph's documented shapes: GET /me/todo/lists (todoTaskList
 * collection), GET and POST /me/todo/lists/{id}/tasks (todoTask; POST answers 201 with the created task).
 */
import type { EmuRequest, EmuResponse, RouteContext } from './routes';

type Reply = {
  readonly ok: (body: unknown, status?: number) => EmuResponse;
  readonly error: (status: number, code: string, message: string) => EmuResponse;
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Answers /me/todo/…; `seg` is the path after /me (["todo", "lists", …]). Undefined when not a To Do path. */
export function todoRoute(
  ctx: RouteContext,
  req: EmuRequest,
  seg: readonly string[],
  reply: Reply,
): EmuResponse | undefined {
  const [todo, lists, listId, tasks] = seg;
  if (todo !== 'todo' || lists !== 'lists') return undefined;
  const m = req.method.toUpperCase();
  const { store } = ctx;
  const context = `${ctx.base}/$metadata#users('emulated-user-0001')/todo/lists`;
  if (seg.length === 2 && m === 'GET') return reply.ok({ '@odata.context': context, value: store.todoLists });
  if (seg.length !== 4 || tasks !== 'tasks') return undefined;
  if (!store.todoLists.some((l) => l.id === listId))
    return reply.error(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
  const list = store.todoTasks.get(listId!) ?? [];
  if (m === 'GET') return reply.ok({ '@odata.context': `${context}('${listId}')/tasks`, value: list });
  if (m !== 'POST') return undefined;
  const body = isObject(req.body) ? req.body : {};
  if (typeof body.title !== 'string' || !body.title.trim())
    return reply.error(400, 'invalidRequest', 'Invalid request: title is required.');
  const now = new Date().toISOString();
  const task = {
    '@odata.etag': `W/"${store.newId('etag')}"`,
    importance: typeof body.importance === 'string' ? body.importance : 'normal',
    isReminderOn: body.isReminderOn === true,
    status: typeof body.status === 'string' ? body.status : 'notStarted',
    title: body.title,
    createdDateTime: now,
    lastModifiedDateTime: now,
    hasAttachments: false,
    categories: Array.isArray(body.categories) ? body.categories : [],
    id: store.newId('task'),
    body: isObject(body.body) ? body.body : { content: '', contentType: 'text' },
    ...(isObject(body.dueDateTime) ? { dueDateTime: body.dueDateTime } : {}),
    ...(isObject(body.reminderDateTime) ? { reminderDateTime: body.reminderDateTime } : {}),
  };
  store.todoTasks.set(listId!, [...list, task]);
  return reply.ok({ '@odata.context': `${context}('${listId}')/tasks/$entity`, ...task }, 201);
}
