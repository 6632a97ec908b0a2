import { useT } from '../../i18n/use-t';
import './detail-notice.css';

/** A plan's detail file could not be used: names it and its first problems, in the panel that needed it. */
export function DetailNotice({ problems }: { problems: { file: string; problems: string[] }[] }) {
  const t = useT();
  return (
    <div className="notice notice--error detail-notice" role="alert" data-testid="detail-error">
      <strong>{t('detailErrorTitle')}</strong>
      <p>{t('detailErrorBody')}</p>
      {problems.map(({ file, problems: lines }) => (
        <div key={file}>
          <code>{file}</code>
          <ul>
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
