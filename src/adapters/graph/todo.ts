/**
 * Microsoft To Do through Graph: a reminder becomes a todoTask in the user's default list ("Tasks",
 * wellknownListName "defaultList"). GET /me/todo/lists, then POST /me/todo/lists/{id}/tasks; both need
 * Tasks.ReadWrite, which each asks for with its token (`access: 'tasks'`): the sign-in adds it to every request
 * once the user opted in, and to these two in any case, so no To Do request goes out without it.
 */
import type { Reminder, ReminderSink } from '../../core/ports';
import { GraphError } from './errors';
import type { GraphHttp } from './http';

type TodoList = { id?: unknown; wellknownListName?: unknown };

const TASKS = { access: 'tasks' } as const;

export function createReminderSink(http: Pick<GraphHttp, 'json'>): ReminderSink {
  let listId: Promise<string> | undefined;
  const defaultList = async (): Promise<string> => {
    const body = (await http.json('GET', '/me/todo/lists', TASKS)) as { value?: TodoList[] } | null;
    const lists = Array.isArray(body?.value) ? body.value : [];
    const list = lists.find((l) => l.wellknownListName === 'defaultList') ?? lists[0];
    if (typeof list?.id !== 'string') throw new GraphError('Microsoft To Do has no task list.', 404, 'NoTaskList');
    return list.id;
  };
  return {
    async createReminder(reminder: Reminder) {
      listId ??= defaultList();
      listId.catch(() => (listId = undefined)); // a failed look-up is tried again next time
      const id = await listId;
      const task = (await http.json('POST', `/me/todo/lists/${encodeURIComponent(id)}/tasks`, {
        ...TASKS,
        body: {
          title: reminder.title,
          body: { content: reminder.note, contentType: 'text' },
          dueDateTime: { dateTime: `${reminder.due}T09:00:00`, timeZone: 'UTC' },
          importance: 'normal',
        },
      })) as { id?: unknown } | null;
      if (typeof task?.id !== 'string') throw new GraphError('To Do did not return the task.', 502, 'NoTaskId');
      return { id: task.id };
    },
  };
}
