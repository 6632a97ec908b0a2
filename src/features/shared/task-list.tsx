import type { Task } from '../../data/catalog-schema';
import { useLoadedCatalogIndex } from '../../state/use-catalog';
import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { InlineCitation } from './inline-citation';
import './task-list.css';

interface Props {
  tasks: Task[];
  /** Name, on each task, which of these carriers it names (a zone card shows a task because of its carriers). */
  carrierIds?: string[];
}

/** 2022 tasks of document 002: programme, task, the goal's figures, who leads it, where the list says so. */
export function TaskList({ tasks, carrierIds }: Props) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const index = useLoadedCatalogIndex();
  const named = (task: Task) =>
    task.carrierIds.filter((id) => carrierIds?.includes(id)).flatMap((id) => (index?.carrier(id) ? [localize(index.carrier(id)!.name, locale)] : []));
  return (
    <ul className="lens-tasks" data-testid="task-list">
      {tasks.map((task) => (
        <li key={task.id} className="lens-task">
          <p className="lens-task__programme">{localize(task.programme, locale)}</p>
          <p className="lens-task__title">{localize(task.title, locale)}</p>
          {task.goal && (
            <p className="lens-task__goal">
              <span className="lens-task__term">{t('lensTaskGoal')}</span> {localize(task.goal, locale)}
            </p>
          )}
          {named(task).length > 0 && (
            <p className="lens-task__carriers">
              <span className="lens-task__term">{t('zoneTasksVia')}</span> {named(task).join(locale === 'zh' ? '、' : '; ')}
            </p>
          )}
          <p className="lens-task__leads">
            <span className="lens-task__term">{t('lensTaskLeads')}</span>{' '}
            {task.leads.map((lead) => localize(lead, locale)).join(locale === 'zh' ? '、' : '; ')}
          </p>
          <p className="lens-task__cites">
            {task.refs.map((ref, i) => (
              <InlineCitation key={i} citation={ref} planSource={ref.source} />
            ))}
          </p>
        </li>
      ))}
    </ul>
  );
}
