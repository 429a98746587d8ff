import { useTranslation } from 'react-i18next';
import { NUMBER_LOCALE, type Language } from '../i18n';
import { contactParts, STATEMENT_PREPARED, type OperatorDetails } from './statement-setting';

/** The known gaps, in the order the statement lists them. */
const GAPS = ['map', 'colour', 'drag', 'files', 'language'] as const;

/**
 * The statement's text in the model's sections. `details` null: the operating body's details cannot
 * be read now (the password is asked); the statement then says what it says without them.
 */
export function StatementText({ details }: { details: OperatorDetails | null }) {
  const { t, i18n } = useTranslation();
  const locale = NUMBER_LOCALE[(i18n.language === 'en' ? 'en' : 'de') satisfies Language];
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${STATEMENT_PREPARED}T00:00:00Z`),
  );
  const body = details?.body ?? '';
  const contact = details?.contact ?? '';
  const enforcement = details?.enforcement ?? '';
  return (
    <div className="statement-text">
      <p>{t('accessibility.intro', { body: body || t('accessibility.bodyMissing') })}</p>
      <p>{t('accessibility.scope')}</p>

      <h3>{t('accessibility.status.title')}</h3>
      <p>{t('accessibility.status.text')}</p>

      <h3>{t('accessibility.gaps.title')}</h3>
      <p>{t('accessibility.gaps.intro')}</p>
      <ul>
        {GAPS.map((gap) => (
          <li key={gap}>{t(`accessibility.gaps.${gap}`)}</li>
        ))}
      </ul>

      <h3>{t('accessibility.method.title')}</h3>
      <p>{t('accessibility.method.prepared', { date })}</p>
      <p>{t('accessibility.method.text')}</p>

      <h3>{t('accessibility.feedback.title')}</h3>
      {contact === '' ? (
        details !== null && (
          <p className="statement-missing">{t('accessibility.feedback.missing')}</p>
        )
      ) : (
        <>
          <p>{t('accessibility.feedback.text')}</p>
          <Lines text={[body, contact].filter(Boolean).join('\n')} className="statement-contact" />
        </>
      )}

      <h3>{t('accessibility.enforcement.title')}</h3>
      <p>{t('accessibility.enforcement.text')}</p>
      <p>{t('accessibility.enforcement.federal')}</p>
      <p>
        {t('accessibility.enforcement.states')}{' '}
        {enforcement === '' && details !== null && t('accessibility.enforcement.stateMissing')}
      </p>
      {enforcement !== '' && (
        <>
          <p>{t('accessibility.enforcement.state')}</p>
          <Lines text={enforcement} className="statement-contact" />
        </>
      )}
    </div>
  );
}

/** Text as the operating body wrote it, line by line, its e-mail addresses to write to. */
function Lines({ text, className }: { text: string; className: string }) {
  return (
    <address className={className}>
      {text.split('\n').map((line, index) => (
        <span key={index} className="statement-line">
          {contactParts(line).map((part, at) =>
            part.kind === 'mail' ? (
              <a key={at} href={`mailto:${part.address}`}>
                {part.address}
              </a>
            ) : (
              <span key={at}>{part.text}</span>
            ),
          )}
        </span>
      ))}
    </address>
  );
}
