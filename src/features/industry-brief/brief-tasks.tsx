import type { Task } from '../../data/catalog-schema';
import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';

/** The 2022 tasks, each with its goal and the units that lead it. */
export function BriefTasks({ tasks }: { tasks: Task[] }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  return (
    <ul className="ibrief__tasks">
      {tasks.map((task) => (
        <li key={task.id}>
          <strong>{localize(task.title, locale)}</strong>
          {task.goal && <span> · {localize(task.goal, locale)}</span>}
          <span className="ibrief__leads">
            {' '}
            <span className="ibrief__term">{t('lensTaskLeads')}</span> {task.leads.map((lead) => localize(lead, locale)).join(locale === 'zh' ? '、' : '; ')}
          </span>
        </li>
      ))}
    </ul>
  );
}
