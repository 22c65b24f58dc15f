import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { InterviewRow } from '../../data/useInterviews';
import type { LcpEvent } from '../../domain/model';
import { formatDateTime } from '../../i18n/format';
import { TableScroll } from '../../ui/TableScroll';

/** Interviews as a table; each company name opens its interview. */
export function InterviewTable({
  rows,
  events,
  caption,
}: {
  rows: InterviewRow[];
  events?: LcpEvent[];
  caption: string;
}) {
  const { t, i18n } = useTranslation('interviews');
  const eventName = (id?: string) => events?.find((e) => e.id === id)?.name ?? '';
  return (
    <TableScroll label={caption}>
      <table className="table" data-testid="interview-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.company')}</th>
            {events ? <th scope="col">{t('list.event')}</th> : null}
            <th scope="col">{t('list.interviewer')}</th>
            <th scope="col">{t('list.started')}</th>
            <th scope="col">{t('list.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <Link to={`/interviews/${row.id}`}>{row.companyName || t('list.unknownCompany')}</Link>
              </td>
              {events ? <td>{eventName(row.eventId)}</td> : null}
              <td>{row.interviewer}</td>
              <td>{formatDateTime(row.startedAt, i18n.language)}</td>
              <td>
                <span className={`badge badge--${row.status}`}>{t(`status.${row.status}`)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
