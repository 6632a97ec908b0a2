import type { Task } from '../../data/catalog-schema';
import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { LensCitation } from './lens-citation';

/** 2022 tasks of document 002: programme, task, the goal's figures, who leads it, where the list says so. */
export function LensTasks({ tasks }: { tasks: Task[] }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  return (
    <ul className="lens-tasks">
      {tasks.map((task) => (
        <li key={task.id} className="lens-task">
          <p className="lens-task__programme">{localize(task.programme, locale)}</p>
          <p className="lens-task__title">{localize(task.title, locale)}</p>
          {task.goal && (
            <p className="lens-task__goal">
              <span className="lens-task__term">{t('lensTaskGoal')}</span> {localize(task.goal, locale)}
            </p>
          )}
          <p className="lens-task__leads">
            <span className="lens-task__term">{t('lensTaskLeads')}</span>{' '}
            {task.leads.map((lead) => localize(lead, locale)).join(locale === 'zh' ? '、' : '; ')}
          </p>
          <p className="lens-task__cites">
            {task.refs.map((ref, i) => (
              <LensCitation key={i} citation={ref} planSource={ref.source} />
            ))}
          </p>
        </li>
      ))}
    </ul>
  );
}
